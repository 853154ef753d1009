import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/app/site.ts';
import type { Article } from '../../src/content/schema.ts';
import { loadSeed } from '../../tests/fixtures/articles.ts';
import { atomFeed, robotsTxt, sitemaps } from './feeds.ts';

const SITE = 'https://sahifa.example/news';
const seed = loadSeed();
const hostile: Article = {
  ...seed,
  slug: 'hostile-feed',
  headline: { text: 'عنوان ]]> فيه <b>وسم</b> & $& «اقتباس»', derivation: 'original' },
  date: { iso: '2018-01-02', status: 'stated', basis: 'النص' },
  provenance: { ...seed.provenance, author: 'كاتب <i>&</i>' },
};
const undated: Article = { ...seed, slug: 'undated', date: undefined };
const site = buildSite([seed, hostile, undated], 'test');
const { window } = new JSDOM('');
const parse = (xml: string) => new window.DOMParser().parseFromString(xml, 'application/xml');

describe('the Atom feed', () => {
  const feed = parse(atomFeed(site, SITE));

  it('is well-formed XML with the newest dated articles first, and absolute links', () => {
    expect(feed.getElementsByTagName('parsererror')).toHaveLength(0);
    const entries = [...feed.getElementsByTagName('entry')];
    expect(entries.map((entry) => entry.getElementsByTagName('id')[0]?.textContent)).toEqual([
      `${SITE}/articles/hostile-feed`,
      `${SITE}/articles/${seed.slug}`,
    ]);
    expect(feed.querySelector('feed > link[rel="self"]')?.getAttribute('href')).toBe(`${SITE}/feed.xml`);
    expect(feed.querySelector('feed > updated')?.textContent).toBe('2018-01-02T00:00:00.000Z');
    expect(feed.documentElement.getAttribute('xml:lang')).toBe('ar');
    // Every entry has an author (its own, or the feed's).
    expect(feed.querySelector('feed > author > name')?.textContent).toBe('صحيفة');
  });

  it('keeps a hostile headline as text: read as the HTML it is typed as, it gives the headline back', () => {
    const entry = feed.getElementsByTagName('entry')[0];
    const title = entry?.getElementsByTagName('title')[0];
    expect(title?.getAttribute('type')).toBe('html');
    const shown = new JSDOM(`<p>${title?.textContent ?? ''}</p>`).window.document.querySelector('p')?.textContent;
    expect(shown).toBe(hostile.headline.text);
    expect(entry?.querySelector('author > name')?.textContent).toBe('كاتب <i>&</i>');
  });

  it('says when an article\'s date was inferred', () => {
    const summary = feed.getElementsByTagName('entry')[1]?.getElementsByTagName('summary')[0]?.textContent ?? '';
    expect(summary).toContain('تاريخ المقال مستنتَج');
  });
});

describe('the sitemap and robots.txt', () => {
  const locs = (xml: string) => [...parse(xml).getElementsByTagName('loc')].map((loc) => loc.textContent ?? '');

  it('lists every indexable page by its absolute address, and no share page', async () => {
    const files = await sitemaps(site, SITE);
    expect(files.map(({ file }) => file)).toEqual(['sitemap.xml']);
    const xml = parse(files[0]?.xml ?? '');
    expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
    const urls = [...xml.getElementsByTagName('loc')].map((loc) => loc.textContent ?? '');
    expect(urls).toContain(`${SITE}/`);
    expect(urls).toContain(`${SITE}/articles/undated`);
    expect(urls).toContain(`${SITE}/tags`);
    expect(urls).toContain(`${SITE}/tags/${encodeURIComponent('دير_الزور')}`);
    expect(urls.every((url) => url.startsWith(`${SITE}/`))).toBe(true);
    expect(urls.some((url) => url.includes('/p/'))).toBe(false);
  });

  it('beyond the most addresses a sitemap may hold, is an index of sitemaps that together list every page once', async () => {
    const [whole] = await sitemaps(site, SITE);
    const every = locs(whole?.xml ?? '');
    const limit = 2;
    const [index, ...parts] = await sitemaps(site, SITE, limit);
    expect(every.length).toBeGreaterThan(2 * limit);
    expect(index?.file).toBe('sitemap.xml');
    expect(parse(index?.xml ?? '').documentElement.tagName).toBe('sitemapindex');
    expect(locs(index?.xml ?? '')).toEqual(parts.map(({ file }) => `${SITE}/${file}`));
    expect(parts.map(({ file }) => file)).toEqual(Array.from({ length: Math.ceil(every.length / limit) }, (_, at) => `sitemap-${at + 1}.xml`));
    for (const part of parts) {
      expect(parse(part.xml).getElementsByTagName('parsererror')).toHaveLength(0);
      expect(locs(part.xml).length).toBeLessThanOrEqual(limit);
    }
    expect(parts.flatMap((part) => locs(part.xml))).toEqual(every);
  });

  it('robots.txt names the sitemap', () => {
    expect(robotsTxt(SITE)).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });
});
