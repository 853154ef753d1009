/**
 * What the build writes for machines (issue #20): an Atom feed of the newest articles (the
 * `feed` package), a sitemap of every page a search engine should index (the `sitemap`
 * package: lists, articles, tags; never share pages, whose canonical page is the article) and
 * a robots.txt that names it. Every URL is absolute, on the site's address (SAHIFA_SITE_URL).
 */
import { Feed } from 'feed';
import { SitemapStream, streamToPromise } from 'sitemap';
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
    description: appText.collectionDescription,
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

/** The sitemap of every indexable page of the site. */
export async function sitemap(site: Site, siteUrl: string): Promise<string> {
  const stream = new SitemapStream({ hostname: `${siteUrl}/` });
  const done = streamToPromise(stream);
  for (const { page, data } of site.pages()) {
    if (page.kind === 'not-found' || page.kind === 'share') continue;
    const path = pathOf(page);
    if (path === null) continue;
    const lastmod = data?.kind === 'article' ? data.article.date?.iso : undefined;
    stream.write({ url: `${siteUrl}${path}`, ...(lastmod === undefined ? {} : { lastmod }) });
  }
  stream.end();
  return (await done).toString('utf8');
}

export function robotsTxt(siteUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${siteUrl}/sitemap.xml`, ''].join('\n');
}
