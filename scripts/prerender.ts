/**
 * Writes static HTML for every route into dist/: the collection (index.html), each article
 * (articles/<slug>/index.html) and the not-found page (404.html), each with its own head.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PageMeta } from '../src/app/page-meta.ts';
import type { PrerenderedPage } from '../src/entry-server.tsx';

type ServerEntry = {
  listRoutes: () => string[];
  renderPage: (url: string) => Promise<PrerenderedPage>;
};

function isServerEntry(value: unknown): value is ServerEntry {
  return typeof value === 'object' && value !== null && 'listRoutes' in value && 'renderPage' in value;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Font files to preload: the regular and bold Arabic subsets the article uses. */
function fontPreloads(dist: string): string[] {
  return readdirSync(join(dist, 'assets'))
    .filter((name) => /noto-naskh-arabic-arabic-(400|700)-normal-[\w-]+\.woff2$/.test(name))
    .sort()
    .map((name) => `<link rel="preload" href="/assets/${name}" as="font" type="font/woff2" crossorigin />`);
}

/** Where the site is published, for canonical and Open Graph URLs (set SAHIFA_SITE_URL when deploying). */
const SITE_URL = (process.env.SAHIFA_SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');

function headFor(meta: PageMeta, preloads: readonly string[]): string {
  const tags = [
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    ...preloads,
  ];
  if (meta.canonicalPath === null) {
    tags.push('<meta name="robots" content="noindex" />');
  } else {
    tags.push(
      `<link rel="canonical" href="${escapeHtml(SITE_URL + meta.canonicalPath)}" />`,
      `<meta property="og:url" content="${escapeHtml(SITE_URL + meta.canonicalPath)}" />`,
      `<meta property="og:type" content="${meta.kind === 'article' ? 'article' : 'website'}" />`,
      `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
      `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
      `<meta property="og:locale" content="ar_AR" />`,
      `<meta property="og:site_name" content="صحيفة" />`,
      `<meta name="twitter:card" content="summary" />`,
      `<meta name="twitter:title" content="${escapeHtml(meta.title)}" />`,
      `<meta name="twitter:description" content="${escapeHtml(meta.description)}" />`,
    );
  }
  return tags.join('\n    ');
}

function fill(template: string, page: PrerenderedPage, preloads: readonly string[]): string {
  return template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.meta.title)}</title>`)
    .replace('<!--app-head-->', headFor(page.meta, preloads))
    .replace('<!--app-html-->', page.html);
}

/** Prerenders every route of the built app in `root`/dist; returns the URLs written. */
export async function prerender(root: string, outDir = 'dist'): Promise<string[]> {
  const dist = join(root, outDir);
  const entry: unknown = await import(pathToFileURL(join(root, 'dist-ssr', 'entry-server.js')).href);
  if (!isServerEntry(entry)) throw new Error('dist-ssr/entry-server.js does not export listRoutes and renderPage');
  const template = readFileSync(join(dist, 'index.html'), 'utf8');
  const preloads = fontPreloads(dist);
  const written: string[] = [];
  for (const url of entry.listRoutes()) {
    const file = url === '/' ? join(dist, 'index.html') : join(dist, url, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, fill(template, await entry.renderPage(url), preloads));
    written.push(url);
  }
  writeFileSync(join(dist, '404.html'), fill(template, await entry.renderPage('/404'), preloads));
  written.push('/404');
  return written;
}
