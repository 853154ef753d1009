/**
 * Assembles a page's HTML from the built template, the prerendered body and its head. Content
 * goes in literally: every insertion is a slice and a join at a marker that must occur exactly
 * once, never a `String.replace` pattern (a `$&` or `$'` in an article is text, issue #16).
 */
import { createHash } from 'node:crypto';

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
    `script-src 'self' ${scripts.join(' ')}`.trim(),
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
  /** The prerendered app, and the page's descriptor block. */
  readonly body: string;
  readonly descriptor: string;
};

export const TEMPLATE_MARKERS = {
  csp: '<!--csp-->',
  boot: '<!--boot-->',
  title: '<title>صحيفة</title>',
  head: '<!--app-head-->',
  body: '<!--app-html-->',
  descriptor: '<!--page-->',
} as const;

/** The page's HTML. */
export function assemblePage(template: string, parts: PageParts): string {
  const csp = contentSecurityPolicy({ scripts: [cspHash(parts.boot)], styles: [] });
  let html = template;
  html = replaceOnce(html, TEMPLATE_MARKERS.csp, `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}" />`);
  html = replaceOnce(html, TEMPLATE_MARKERS.boot, `<script>${parts.boot}</script>`);
  html = replaceOnce(html, TEMPLATE_MARKERS.title, `<title>${escapeHtml(parts.title)}</title>`);
  html = replaceOnce(html, TEMPLATE_MARKERS.head, parts.head.join('\n    '));
  html = replaceOnce(html, TEMPLATE_MARKERS.body, parts.body);
  html = replaceOnce(html, TEMPLATE_MARKERS.descriptor, parts.descriptor);
  return html;
}
