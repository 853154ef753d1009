/**
 * Writes every page of the site into the build: its data (dist/data/…json) and its HTML, each
 * at the file the address rule names (src/lib/addresses.ts), with its own head.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeShare, type PageMeta } from '../src/app/page-meta.ts';
import type { PageData } from '../src/app/page-data.ts';
import type { Site } from '../src/app/site.ts';
import { pageDescriptorHtml } from '../src/app/page-descriptor.ts';
import type { Article, Block } from '../src/content/schema.ts';
import { cleanShareText } from '../src/features/sharing/lib/share-card.ts';
import { blockInArticlePath } from '../src/features/sharing/lib/share-link.ts';
import { dataPathOf, fileOf, pathOf, tagLabelPathOf, type PageRef } from '../src/lib/addresses.ts';
import { excerpt } from '../src/lib/excerpt.ts';
import { blockDirection } from '../src/lib/text-direction.ts';
import { feedText, sharePageText } from '../src/lib/ui-text.ts';
import type { PrerenderedPage } from '../src/entry-server.tsx';
import { assemblePage, assembleSharePage, escapeHtml } from './lib/page-html.ts';

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
  /** The share pages' own script (src/boot/share-boot.ts, bundled): the reader's theme. */
  readonly shareBoot: string;
  /** The site's stylesheet, inlined in every page. */
  readonly style: string;
  /** Where the site is published, without a trailing slash (SAHIFA_SITE_URL). */
  readonly siteUrl: string;
  /** The share image of an article (block null) or of one of its blocks, drawn by the build. */
  readonly shareImage?: (article: Article, block: Block | null) => Promise<ShareImage>;
};

export type ShareImage = { readonly path: string; readonly width: number; readonly height: number; readonly type: string };

function headFor(meta: PageMeta, { siteUrl }: PrerenderOptions, image: ShareImage | null = null): string[] {
  // No font preload: a reader with Noto Naskh Arabic of their own never downloads ours (local()).
  const tags = [`<meta name="description" content="${escapeHtml(meta.description)}" />`];
  if (meta.canonicalPath === null) {
    tags.push('<meta name="robots" content="noindex" />');
    return tags;
  }
  const url = escapeHtml(siteUrl + meta.canonicalPath);
  const ownUrl = meta.ownPath === undefined ? url : escapeHtml(siteUrl + meta.ownPath);
  tags.push(`<link rel="alternate" type="application/atom+xml" title="${escapeHtml(feedText.feedLink)}" href="${escapeHtml(siteUrl)}/feed.xml" />`);
  if (meta.previousPath) tags.push(`<link rel="prev" href="${escapeHtml(siteUrl + meta.previousPath)}" />`);
  if (meta.nextPath) tags.push(`<link rel="next" href="${escapeHtml(siteUrl + meta.nextPath)}" />`);
  tags.push(
    `<link rel="canonical" href="${url}" />`,
    `<meta property="og:url" content="${ownUrl}" />`,
    `<meta property="og:type" content="${meta.kind}" />`,
    `<meta property="og:title" content="${escapeHtml(meta.previewTitle ?? meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:locale" content="ar_AR" />`,
    `<meta property="og:site_name" content="صحيفة" />`,
    `<meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}" />`,
    `<meta name="twitter:title" content="${escapeHtml(meta.previewTitle ?? meta.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(meta.description)}" />`,
  );
  if (image) {
    const src = escapeHtml(siteUrl + image.path);
    const alt = escapeHtml(meta.imageAlt ?? meta.title);
    tags.push(
      `<meta property="og:image" content="${src}" />`,
      `<meta property="og:image:type" content="${escapeHtml(image.type)}" />`,
      `<meta property="og:image:width" content="${image.width}" />`,
      `<meta property="og:image:height" content="${image.height}" />`,
      `<meta property="og:image:alt" content="${alt}" />`,
      `<meta name="twitter:image" content="${src}" />`,
      `<meta name="twitter:image:alt" content="${alt}" />`,
    );
  }
  return tags;
}

/** Share images drawn at a time: sharp runs them on its own threads, one per core. */
const DRAWING_BATCH = 8;

/**
 * The share pages of one article: one per paragraph and tweet (their own previews), and one per
 * alias of an edited paragraph, so that a share link sent before the edit still previews and
 * lands (on the paragraph it became, with the article's notice that the link changed).
 */
async function writeSharePages(article: Article, options: PrerenderOptions): Promise<number> {
  const byId = new Map(article.blocks.map((block) => [block.id, block]));
  const shares: [string, Block][] = [
    ...article.blocks.map((block): [string, Block] => [block.id, block]),
    ...Object.entries(article.aliases).flatMap(([from, to]): [string, Block][] => {
      const block = byId.get(to);
      return block && !byId.has(from) ? [[from, block]] : [];
    }),
  ];
  const writeOne = async ([id, block]: [string, Block]) => {
    const meta = { ...describeShare(article, block), ownPath: pathOf({ kind: 'share', slug: article.slug, blockId: id }) ?? undefined };
    const image = options.shareImage ? await options.shareImage(article, block) : null;
    const headline = cleanShareText(article.headline.text);
    const html = assembleSharePage({
      title: meta.title,
      boot: options.shareBoot,
      head: headFor(meta, options, image),
      target: blockInArticlePath(article.slug, id),
      linkText: block.type === 'tweet' ? sharePageText.openTweetInArticle(headline) : sharePageText.openParagraphInArticle(headline),
      quote: excerpt(cleanShareText(block.text), 400),
      direction: blockDirection(block.type, block.text),
    });
    write(join(options.dist, fileOf({ kind: 'share', slug: article.slug, blockId: id })), html);
  };
  for (let at = 0; at < shares.length; at += DRAWING_BATCH) await Promise.all(shares.slice(at, at + DRAWING_BATCH).map(writeOne));
  return shares.length;
}

function write(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** Prerenders every page of `site` with the server entry at `entryFile`; returns how many. */
export async function prerender(site: Site, entryFile: string, options: PrerenderOptions): Promise<{ pages: number; data: number; shares: number }> {
  const entry: unknown = await import(pathToFileURL(entryFile).href);
  if (!isServerEntry(entry)) throw new Error(`${entryFile} does not export renderPage`);
  let pages = 0;
  let data = 0;
  let shares = 0;
  for (const { page, data: pageData } of site.pages()) {
    const dataPath = dataPathOf(page);
    if (dataPath !== null && pageData !== null) {
      write(join(options.dist, decodeURIComponent(dataPath)), JSON.stringify(pageData));
      data += 1;
    }
    const rendered = await entry.renderPage(page, pageData);
    const article = pageData?.kind === 'article' ? pageData.article : null;
    const image = article && options.shareImage ? await options.shareImage(article, null) : null;
    const html = assemblePage(options.template, {
      title: rendered.meta.title,
      head: headFor(rendered.meta, options, image),
      boot: options.boot,
      style: options.style,
      body: rendered.html,
      descriptor: pageDescriptorHtml(page),
    });
    write(join(options.dist, fileOf(page)), html);
    pages += 1;
    if (article) shares += await writeSharePages(article, options);
  }
  for (const [key, label] of site.tagLabels) {
    write(join(options.dist, decodeURIComponent(tagLabelPathOf(key))), JSON.stringify({ label }));
    data += 1;
  }
  return { pages, data, shares };
}
