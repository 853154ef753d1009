/**
 * Writes every page of the site into the build: its data (dist/data/…json) and its HTML, each
 * at the file the address rule names (src/lib/addresses.ts), with its own head.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PageMeta } from '../src/app/page-meta.ts';
import type { PageData } from '../src/app/page-data.ts';
import type { Site } from '../src/app/site.ts';
import { pageDescriptorHtml } from '../src/app/page-descriptor.ts';
import { dataPathOf, fileOf, type PageRef } from '../src/lib/addresses.ts';
import type { PrerenderedPage } from '../src/entry-server.tsx';
import { assemblePage, escapeHtml } from './lib/page-html.ts';

type ServerEntry = { renderPage: (page: PageRef, data: PageData | null) => Promise<PrerenderedPage> };

function isServerEntry(value: unknown): value is ServerEntry {
  return typeof value === 'object' && value !== null && 'renderPage' in value && typeof value.renderPage === 'function';
}

export type PrerenderOptions = {
  readonly dist: string;
  /** The built client's index.html, read before any page overwrites it. */
  readonly template: string;
  /** The bundled boot script, inlined in every page. */
  readonly boot: string;
  /** Where the site is published, without a trailing slash (SAHIFA_SITE_URL). */
  readonly siteUrl: string;
  /** The font files every page preloads. */
  readonly fontPreloads: readonly string[];
};

function headFor(meta: PageMeta, { siteUrl, fontPreloads }: PrerenderOptions): string[] {
  const tags = [
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    ...fontPreloads.map((href) => `<link rel="preload" href="${escapeHtml(href)}" as="font" type="font/woff2" crossorigin />`),
  ];
  if (meta.canonicalPath === null) {
    tags.push('<meta name="robots" content="noindex" />');
    return tags;
  }
  const url = escapeHtml(siteUrl + meta.canonicalPath);
  tags.push(
    `<link rel="canonical" href="${url}" />`,
    `<meta property="og:url" content="${url}" />`,
    `<meta property="og:type" content="${meta.kind}" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:locale" content="ar_AR" />`,
    `<meta property="og:site_name" content="صحيفة" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${escapeHtml(meta.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(meta.description)}" />`,
  );
  return tags;
}

function write(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** Prerenders every page of `site` with the server entry at `entryFile`; returns how many. */
export async function prerender(site: Site, entryFile: string, options: PrerenderOptions): Promise<{ pages: number; data: number }> {
  const entry: unknown = await import(pathToFileURL(entryFile).href);
  if (!isServerEntry(entry)) throw new Error(`${entryFile} does not export renderPage`);
  let pages = 0;
  let data = 0;
  for (const { page, data: pageData } of site.pages()) {
    const dataPath = dataPathOf(page);
    if (dataPath !== null && pageData !== null) {
      write(join(options.dist, decodeURIComponent(dataPath)), JSON.stringify(pageData));
      data += 1;
    }
    const rendered = await entry.renderPage(page, pageData);
    const html = assemblePage(options.template, {
      title: rendered.meta.title,
      head: headFor(rendered.meta, options),
      boot: options.boot,
      body: rendered.html,
      descriptor: pageDescriptorHtml(page),
    });
    write(join(options.dist, fileOf(page)), html);
    pages += 1;
  }
  return { pages, data };
}
