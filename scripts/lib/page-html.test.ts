import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { assembleSharePage, cspHash, SHARE_PAGE_STYLE } from './page-html.ts';

const tokens = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

/** A custom property's value in the block of `selector` in tokens.css. */
function token(selector: string, name: string): string {
  const block = tokens.slice(tokens.indexOf(`${selector} {`));
  return new RegExp(`${name}:\\s*([^;]+);`).exec(block.slice(0, block.indexOf('}')))?.[1]?.trim() ?? '';
}

test('a share page is the site\'s colours in each theme: the ones of tokens.css', () => {
  const [lightBg, darkBg] = /light-dark\((#\w+), (#\w+)\)/.exec(token(':root', '--bg'))?.slice(1) ?? [];
  const [lightText, darkText] = /light-dark\((#\w+), (#\w+)\)/.exec(token(':root', '--text'))?.slice(1) ?? [];
  expect(SHARE_PAGE_STYLE).toContain(`:root[data-theme=light]{color-scheme:light;background:${lightBg};color:${lightText}}`);
  expect(SHARE_PAGE_STYLE).toContain(`:root[data-theme=dark]{color-scheme:dark;background:${darkBg};color:${darkText}}`);
  expect(SHARE_PAGE_STYLE).toContain(`@media (prefers-color-scheme:dark){:root{background:${darkBg};color:${darkText}}}`);
  expect(SHARE_PAGE_STYLE).toContain(`:root[data-theme=sepia]{color-scheme:light;background:${token(":root[data-theme='sepia']", '--bg')};color:${token(":root[data-theme='sepia']", '--text')}}`);
});

test('a share page\'s style and script are allowed by its policy, and nothing else inline is', () => {
  const boot = 'document.documentElement.dataset.theme="dark";';
  const html = assembleSharePage({ title: 'عنوان', boot, head: [], target: '/articles/a#p-x', linkText: 'اقرأ', quote: 'نص $& </script>', direction: 'rtl' });
  const { document } = new JSDOM(html).window;
  const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${cspHash(boot)}`);
  expect(csp).toContain(`style-src 'self' ${cspHash(SHARE_PAGE_STYLE)}`);
  expect(document.querySelector('style')?.textContent).toBe(SHARE_PAGE_STYLE);
  expect(document.querySelector('head script')?.textContent).toBe(boot);
  expect(document.querySelector('blockquote')?.textContent).toBe('نص $& </script>');
});
