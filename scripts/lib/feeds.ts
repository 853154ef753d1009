/**
 * What the build writes for machines (issue #20): an Atom feed of the newest articles (the
 * `feed` package), a sitemap of every page a search engine should index (the `sitemap`
 * package: lists, articles, tags; never share pages, whose canonical page is the article) and
 * a robots.txt that names it. Every URL is absolute, on the site's address (SAHIFA_SITE_URL).
 */
import { Feed } from 'feed';
import { pagesText } from '../../src/lib/archive-text.ts';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import type { Site } from '../../src/app/site.ts';
import { summarize } from '../../src/app/site.ts';
import { pathOf } from '../../src/lib/addresses.ts';
import { appText, feedText } from '../../src/lib/ui-text.ts';
import { escapeHtml, replaceOnce } from './page-html.ts';
import { FEED_ICON } from './icons.ts';

/** Articles in the feed: the newest, as most readers' apps expect. */
export const FEED_SIZE = 20;

/** The Atom feed: the newest dated articles (Atom requires a date, and Sahifa never invents one). */
export function atomFeed(site: Site, siteUrl: string): string {
  const dated = site.articles.filter((article) => article.date !== undefined).slice(0, FEED_SIZE);
  const newest = dated[0]?.date?.iso;
  const feed = new Feed({
    title: appText.siteName,
    description: pagesText.collectionDescription,
    id: `${siteUrl}/`,
    link: `${siteUrl}/`,
    language: 'ar',
    favicon: `${siteUrl}/${FEED_ICON.file}`,
    copyright: feedText.copyright,
    updated: newest === undefined ? new Date(0) : new Date(`${newest}T00:00:00Z`),
    feedLinks: { atom: `${siteUrl}/feed.xml` },
    // Atom requires an author for every entry: the site's, unless the article names its own.
    author: { name: appText.siteName, link: `${siteUrl}/` },
  });
  for (const article of dated) {
    const date = article.date;
    if (date === undefined) continue;
    const url = `${siteUrl}${pathOf({ kind: 'article', slug: article.slug }) ?? '/'}`;
    const { lede } = summarize(article);
    const by = article.provenance.author ?? article.provenance.publisher;
    // Atom's type="html": the text is given as escaped HTML, so a `<` or a `]]>` of the content
    // stays text in every reader (and the feed's CDATA sections stay closed where they should).
    feed.addItem({
      title: escapeHtml(article.headline.text),
      id: url,
      link: url,
      date: new Date(`${date.iso}T00:00:00Z`),
      description: escapeHtml(date.status === 'inferred' ? `${lede} ${feedText.dateInferred}` : lede),
      ...(by === undefined ? {} : { author: [{ name: by }] }),
    });
  }
  // The package writes no language for Atom: the feed says it is Arabic (readers then set it
  // right to left). A literal insertion, no content in it.
  return replaceOnce(feed.atom1(), '<feed xmlns="http://www.w3.org/2005/Atom">', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">');
}

/** The most addresses one sitemap file may list (sitemaps.org; search engines ignore a longer one). */
export const SITEMAP_LIMIT = 50_000;

export type SitemapFile = { readonly file: string; readonly xml: string };

async function xmlOf(stream: SitemapStream | SitemapIndexStream, items: readonly object[]): Promise<string> {
  const done = streamToPromise(stream);
  for (const item of items) stream.write(item);
  stream.end();
  return (await done).toString('utf8');
}

/**
 * The sitemap of every indexable page of the site: `sitemap.xml` (the one robots.txt names) while
 * the site has at most `limit` of them; beyond, `sitemap.xml` is an index of `sitemap-1.xml`,
 * `sitemap-2.xml`… of `limit` addresses each, so that an archive of any size stays listed.
 */
export async function sitemaps(site: Site, siteUrl: string, limit = SITEMAP_LIMIT): Promise<SitemapFile[]> {
  const items: { url: string; lastmod?: string }[] = [];
  for (const { page, data } of site.pages()) {
    if (page.kind === 'not-found' || page.kind === 'share') continue;
    const path = pathOf(page);
    if (path === null) continue;
    const lastmod = data?.kind === 'article' ? data.article.date?.iso : undefined;
    items.push({ url: `${siteUrl}${path}`, ...(lastmod === undefined ? {} : { lastmod }) });
  }
  const sitemap = (part: readonly object[]) => xmlOf(new SitemapStream({ hostname: `${siteUrl}/` }), part);
  if (items.length <= limit) return [{ file: 'sitemap.xml', xml: await sitemap(items) }];
  const parts: SitemapFile[] = [];
  for (let from = 0; from < items.length; from += limit) {
    parts.push({ file: `sitemap-${parts.length + 1}.xml`, xml: await sitemap(items.slice(from, from + limit)) });
  }
  const index = await xmlOf(new SitemapIndexStream(), parts.map(({ file }) => ({ url: `${siteUrl}/${file}` })));
  return [{ file: 'sitemap.xml', xml: index }, ...parts];
}

export function robotsTxt(siteUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${siteUrl}/sitemap.xml`, ''].join('\n');
}
