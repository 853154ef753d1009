/**
 * Every word of an article reaches the prerendered page intact (issue #16): pages are rendered
 * and assembled as the build does, then read back with a real HTML parser (jsdom) and compared
 * with the JSON, for every article (the test fixtures included) and for arbitrary Unicode text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { FIXTURE_CONTENT_DIR, loadSeed } from '../tests/fixtures/articles.ts';
import { readAllArticles } from '../src/content/read-articles.ts';
import type { Article } from '../src/content/schema.ts';
import { checkArticle } from '../src/content/validate-article.ts';
import { buildSite } from '../src/app/site.ts';
import { pageDescriptorHtml, parsePageDescriptor, PAGE_DESCRIPTOR_ID } from '../src/app/page-descriptor.ts';
import { renderPage } from '../src/entry-server.tsx';
import { tweetText } from '../src/lib/ui-text.ts';
import { assemblePage } from './lib/page-html.ts';

const template = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
const BOOT = 'document.documentElement.dataset.boot = "$&";';
const STYLE = "body::before { content: '$&'; }";

// One parser for every page: a new JSDOM window per page is most of a property run's time.
const { window } = new JSDOM('');
const parser = new window.DOMParser();

async function renderArticle(article: Article): Promise<Document> {
  const site = buildSite([article], 'test');
  const page = { kind: 'article', slug: article.slug } as const;
  let data = null;
  for (const candidate of site.pages()) {
    if (candidate.page.kind !== 'article') continue;
    data = candidate.data;
    break;
  }
  const rendered = await renderPage(page, data);
  const html = assemblePage(template, { title: rendered.meta.title, head: [`<meta name="description" content="x" />`], boot: BOOT, style: STYLE, body: rendered.html, descriptor: pageDescriptorHtml(page) });
  return parser.parseFromString(html, 'text/html');
}

/** A tweet's text as the card shows it: each line, with media links read from their chips. */
function shownTweetText(card: Element): string {
  return Array.from(card.querySelectorAll('blockquote > p'), (line) =>
    Array.from(line.childNodes, (node) => {
      const label = node instanceof window.HTMLAnchorElement ? node.getAttribute('aria-label') : null;
      if (label?.startsWith(tweetText.mediaChip)) return label.slice(tweetText.mediaLabel('').length);
      return node.textContent ?? '';
    }).join(''),
  ).join('\n');
}

function expectIntact(document: Document, article: Article): void {
  for (const block of article.blocks) {
    const element = document.getElementById(block.id);
    expect(element, block.id).not.toBeNull();
    if (block.type === 'paragraph') expect(element?.textContent).toBe(block.text);
    else expect(shownTweetText(element!)).toBe(block.text.replace(/[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu, ''));
  }
  expect(document.querySelector('h1')?.textContent).toBe(article.headline.text);
  const head = document.head;
  expect(head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')).toHaveLength(1);
  expect(head.querySelectorAll('title')).toHaveLength(1);
  // The stylesheet went in as it is, once, allowed by its hash.
  expect(head.querySelectorAll('style')).toHaveLength(1);
  expect(head.querySelector('style')?.textContent).toBe(STYLE);
  expect(head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/style-src 'self' 'sha256-[\w+/=]+'/);
  expect(head.querySelectorAll('meta[name="description"]')).toHaveLength(1);
  expect(head.querySelector('title')?.textContent).toBe(`${article.headline.text} — صحيفة`);
  // The boot script went in as it is, once, and nothing of the page's own text ran.
  expect(document.querySelectorAll('script:not([src]):not([type])')).toHaveLength(1);
  expect(document.querySelector('script:not([src]):not([type])')?.textContent).toBe(BOOT);
  expect(parsePageDescriptor(document.getElementById(PAGE_DESCRIPTOR_ID)?.textContent)).toEqual({ kind: 'article', slug: article.slug });
  expect(document.querySelectorAll('#root')).toHaveLength(1);
}

const articles = [...readAllArticles(), ...readAllArticles(join(FIXTURE_CONTENT_DIR, 'articles'))];

test.each(articles.map((article) => [article.slug, article] as const))('%s reaches the page word for word', async (_slug, article) => {
  expectIntact(await renderArticle(article), article);
});

test('the hostile fixture carries replacement patterns and a closing script tag, and they stay text', () => {
  const hostile = articles.find((article) => article.slug === 'fixture-hostile');
  const text = JSON.stringify(hostile);
  for (const pattern of ['$&', '$`', "$'", '$$', '$<name>', '$1', '</script>']) expect(text).toContain(pattern);
});

/** Arbitrary paragraph text the schema accepts: NFC, not blank. */
const paragraphText = fc
  .string({ unit: fc.oneof(fc.constantFrom('$&', '$`', "$'", '$$', '$1', '</script>', '<!--app-html-->', '&amp;', 'ال', '\u064e', ' '), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 })), minLength: 1, maxLength: 40 })
  .map((text) => text.normalize('NFC'))
  .filter((text) => text.trim().length > 0 && text.length <= 20_000);

test('any paragraph text, however odd, reaches the page exactly', async () => {
  const seed = loadSeed();
  await fc.assert(
    fc.asyncProperty(paragraphText, async (text) => {
      const article: Article = { ...seed, headline: { text: 'عنوان', derivation: 'original' }, blocks: [{ type: 'paragraph', id: 'p-any', text }], citations: [], sources: [] };
      // Only what the build would accept is rendered.
      fc.pre(checkArticle(article).ok);
      const document = await renderArticle(article);
      expect(document.getElementById('p-any')?.textContent).toBe(text);
      expect(document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')).toHaveLength(1);
    }),
    { numRuns: 30 },
  );
});
