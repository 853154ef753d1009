/**
 * Assembles a page's HTML from the built template, the prerendered body and its head. Content
 * goes in literally: every insertion is a slice and a join at a marker that must occur exactly
 * once, never a `String.replace` pattern (a `$&` or `$'` in an article is text, issue #16).
 */
import { createHash } from 'node:crypto';
import { TAB_ICON } from './icons.ts';

/** Text and attribute values escaped for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Inserts `insert` in place of the one occurrence of `marker` in `text`. */
export function replaceOnce(text: string, marker: string, insert: string): string {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`the page template has no ${marker}`);
  if (text.indexOf(marker, at + marker.length) >= 0) throw new Error(`the page template has ${marker} more than once`);
  return text.slice(0, at) + insert + text.slice(at + marker.length);
}

/** The CSP source of an inline script or style: its SHA-256, base64. */
export function cspHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

export type CspSources = { readonly scripts: readonly string[]; readonly styles: readonly string[] };

/** The site's Content-Security-Policy: its own origin only; inline code only by hash. */
export function contentSecurityPolicy({ scripts, styles }: CspSources): string {
  return [
    "default-src 'self'",
    // WebAssembly for the search index (Pagefind): compiling a module, never evaluating a string.
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

export type PageParts = {
  readonly title: string;
  /** Head elements, already escaped. */
  readonly head: readonly string[];
  /** The inline boot script (src/boot/boot.ts, bundled). */
  readonly boot: string;
  /** The site's stylesheet, inlined (the page paints without waiting for another file). */
  readonly style: string;
  /** The prerendered app, and the page's descriptor block. */
  readonly body: string;
  readonly descriptor: string;
};

export const TEMPLATE_MARKERS = {
  csp: '<!--csp-->',
  style: '<!--style-->',
  boot: '<!--boot-->',
  title: '<title>صحيفة</title>',
  head: '<!--app-head-->',
  body: '<!--app-html-->',
  descriptor: '<!--page-->',
} as const;

const STYLESHEET = /<link rel="stylesheet" crossorigin href="(\/assets\/[\w.-]+\.css)">/;

/**
 * The built template without its one stylesheet link, and the stylesheet's URL: every page
 * carries the styles inline instead, at the template's style marker (issue #21).
 */
export function takeStylesheet(template: string): { template: string; href: string } {
  const match = STYLESHEET.exec(template);
  if (!match?.[1]) throw new Error('the page template has no stylesheet link');
  return { template: template.slice(0, match.index) + template.slice(match.index + match[0].length), href: match[1] };
}

/** The page's HTML. */
export function assemblePage(template: string, parts: PageParts): string {
  const csp = contentSecurityPolicy({ scripts: [cspHash(parts.boot)], styles: [cspHash(parts.style)] });
  let html = template;
  html = replaceOnce(html, TEMPLATE_MARKERS.style, `<style>${parts.style}</style>`);
  html = replaceOnce(html, TEMPLATE_MARKERS.csp, `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}" />`);
  html = replaceOnce(html, TEMPLATE_MARKERS.boot, `<script>${parts.boot}</script>`);
  html = replaceOnce(html, TEMPLATE_MARKERS.title, `<title>${escapeHtml(parts.title)}</title>`);
  html = replaceOnce(html, TEMPLATE_MARKERS.head, parts.head.join('\n    '));
  html = replaceOnce(html, TEMPLATE_MARKERS.body, parts.body);
  html = replaceOnce(html, TEMPLATE_MARKERS.descriptor, parts.descriptor);
  return html;
}

/**
 * A share page's few styles: the site's page colours in the reader's theme (the system's, or the
 * one stored in settings, which the boot script applies), so the moment before the article
 * arrives is the article's background, not a white page in unstyled type. Its words show only
 * if a browser has not followed the refresh within two seconds. The colours are
 * src/styles/tokens.css's (page-html.test.ts holds them to it).
 */
export const SHARE_PAGE_STYLE = [
  ':root{color-scheme:light dark;background:#fdfcf9;color:#1b1b1b}',
  '@media (prefers-color-scheme:dark){:root{background:#14161a;color:#ecebe8}}',
  ':root[data-theme=light]{color-scheme:light;background:#fdfcf9;color:#1b1b1b}',
  ':root[data-theme=dark]{color-scheme:dark;background:#14161a;color:#ecebe8}',
  ':root[data-theme=sepia]{color-scheme:light;background:#f4ecd8;color:#3b2f20}',
  'body{max-inline-size:40rem;margin:0 auto;padding:1rem;font-size:1.125rem;line-height:1.9}',
  'a{color:inherit}',
  'main{animation:shown 0s 2s both}',
  '@keyframes shown{from{visibility:hidden}}',
].join('');

export type SharePageParts = {
  readonly title: string;
  /** The inline boot script (the reader's stored theme before the first paint). */
  readonly boot: string;
  /** Head elements (Open Graph and the canonical link), already escaped. */
  readonly head: readonly string[];
  /** Where the reader goes: the article at the block (`/articles/<slug>#<id>`). */
  readonly target: string;
  /** The link's text, and the block's text shown while the browser follows it. */
  readonly linkText: string;
  readonly quote: string;
  /** The quote's direction as the article shows it (blockDirection). */
  readonly direction: 'rtl' | 'ltr';
};

/**
 * A paragraph's or tweet's share page (issue #19): its own preview in the head, and for a
 * person, the article at that block at once (a zero-second refresh, which needs no script; the
 * link says where, should a browser not follow it). No app: the boot script only applies the
 * reader's theme (there is no app to start).
 */
export function assembleSharePage(parts: SharePageParts): string {
  const csp = contentSecurityPolicy({ scripts: [cspHash(parts.boot)], styles: [cspHash(SHARE_PAGE_STYLE)] });
  const target = escapeHtml(parts.target);
  return [
    '<!doctype html>',
    '<html lang="ar" dir="rtl">',
    '  <head>',
    '    <meta charset="UTF-8" />',
    `    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}" />`,
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    '    <meta name="color-scheme" content="light dark" />',
    `    <meta http-equiv="refresh" content="0; url=${target}" />`,
    `    <style>${SHARE_PAGE_STYLE}</style>`,
    `    <script>${parts.boot}</script>`,
    `    <title>${escapeHtml(parts.title)}</title>`,
    `    <link rel="icon" href="/${TAB_ICON.file}" type="image/png" sizes="${TAB_ICON.size}x${TAB_ICON.size}" />`,
    ...parts.head.map((tag) => `    ${tag}`),
    '  </head>',
    '  <body>',
    '    <main id="main">',
    `      <p><a href="${target}">${escapeHtml(parts.linkText)}</a></p>`,
    `      <blockquote${parts.direction === 'ltr' ? ' dir="ltr"' : ''}><p>${escapeHtml(parts.quote)}</p></blockquote>`,
    '    </main>',
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}
