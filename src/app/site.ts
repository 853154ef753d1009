/**
 * The site as the build sees it: every page to write, with the data it is rendered from, worked
 * out from the validated articles in one pass (linear in the archive: nothing compares every
 * article with every other). Pure: no React, no DOM, no file system.
 */
import type { Article } from '../content/schema.ts';
import { readingMinutes } from '../features/article/lib/reading-time.ts';
import { collectSiteTags, type SiteTag } from '../features/hashtags/lib/site-tags.ts';
import { buildTagIndex, type TagIndex } from '../features/hashtags/lib/tag-index.ts';
import { articleOpening } from '../features/sharing/lib/share-card.ts';
import { parsePath, pathOf, type PageRef } from '../lib/addresses.ts';
import { excerpt } from '../lib/excerpt.ts';
import type { ArticlePageData, ArticleSummary, ListPageData, PageData, TagPageData, TagsPageData } from './page-data.ts';

/** Articles on each page of the list. */
export const LIST_PAGE_SIZE = 20;
/** Places (paragraphs and tweets) on each page of a tag. */
export const TAG_PAGE_SIZE = 20;
/** Tags on each page of the archive's tags: a page stays small however many tags the archive has. */
export const TAGS_PAGE_SIZE = 100;

/** Whether a tag's label can be the address of its page (it round-trips through the address rule). */
function hasAddress(label: string): boolean {
  const path = pathOf({ kind: 'tag', label, page: 1 });
  const parsed = path === null ? null : parsePath(path);
  return parsed?.page.kind === 'tag' && parsed.page.label === label;
}

export type SitePage = { readonly page: PageRef; readonly data: PageData | null };

/** Newest first; an article without a date after every dated one; then by slug. */
export function compareArticles(a: Article, b: Article): number {
  const left = a.date?.iso;
  const right = b.date?.iso;
  if (left !== right) {
    if (left === undefined) return 1;
    if (right === undefined) return -1;
    return left < right ? 1 : -1;
  }
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

export function summarize(article: Article): ArticleSummary {
  return {
    slug: article.slug,
    headline: article.headline,
    date: article.date,
    dateStyle: article.dateStyle,
    // What follows the headline: a headline taken from the lede is not said twice.
    lede: excerpt(articleOpening(article), 220),
    paragraphCount: article.blocks.filter((block) => block.type === 'paragraph').length,
    readingMinutes: readingMinutes(article),
  };
}

export type Site = {
  readonly articles: readonly Article[];
  /** Every page with a file of its own, in a stable order. */
  pages(): Generator<SitePage>;
  /** Whether the site has this page (the not-found page always exists). */
  has(page: PageRef): boolean;
  /** Each tag's matching key and the label of its page: a tag typed in another form finds its page (tagLabelPathOf). */
  readonly tagLabels: readonly (readonly [key: string, label: string])[];
};

/** The site of `articles`, its data stamped with `build` (the app code's build id). */
export function buildSite(input: readonly Article[], build: string): Site {
  const articles = [...input].sort(compareArticles);
  const summaries = articles.map(summarize);
  const slugs = new Map(articles.map((article, index) => [article.slug, index]));
  const pageCount = Math.max(1, Math.ceil(articles.length / LIST_PAGE_SIZE));
  const indexes = new Map<Article, TagIndex>(articles.map((article) => [article, buildTagIndex(article)]));
  const indexOf = (article: Article): TagIndex => indexes.get(article) ?? buildTagIndex(article);
  const siteTags = collectSiteTags(articles, indexOf).filter((tag) => hasAddress(tag.label));
  const tagsByKey = new Map(siteTags.map((tag) => [tag.key, tag]));
  const tagsByLabel = new Map(siteTags.map((tag) => [tag.label, tag]));
  const tagPageCount = (tag: SiteTag) => Math.max(1, Math.ceil(tag.places.length / TAG_PAGE_SIZE));
  const tagsPageCount = Math.max(1, Math.ceil(siteTags.length / TAGS_PAGE_SIZE));

  const listData = (page: number): ListPageData => ({
    kind: 'list',
    build,
    page,
    pageCount,
    total: articles.length,
    articles: summaries.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE),
  });
  const articleData = (index: number, article: Article): ArticlePageData => ({
    kind: 'article',
    build,
    article,
    tags: indexOf(article),
    siteTags: indexOf(article).tags.flatMap((tag): [string, string][] => {
      const site = tagsByKey.get(tag.key);
      return site ? [[tag.key, site.label]] : [];
    }),
    newer: summaries[index - 1] ?? null,
    older: summaries[index + 1] ?? null,
  });

  const tagsData = (page: number): TagsPageData => ({
    kind: 'tags',
    build,
    page,
    pageCount: tagsPageCount,
    total: siteTags.length,
    tags: siteTags.slice((page - 1) * TAGS_PAGE_SIZE, page * TAGS_PAGE_SIZE).map((tag) => ({ key: tag.key, label: tag.label, placeCount: tag.places.length, articleCount: tag.articleCount })),
  });
  const tagData = (tag: SiteTag, page: number): TagPageData => ({
    kind: 'tag',
    build,
    key: tag.key,
    label: tag.label,
    page,
    pageCount: tagPageCount(tag),
    total: tag.places.length,
    articleCount: tag.articleCount,
    places: tag.places.slice((page - 1) * TAG_PAGE_SIZE, page * TAG_PAGE_SIZE),
  });

  const has = (page: PageRef): boolean => {
    switch (page.kind) {
      case 'list':
        return page.page >= 1 && page.page <= pageCount;
      case 'article':
        return slugs.has(page.slug);
      case 'share': {
        const index = slugs.get(page.slug);
        const article = index === undefined ? undefined : articles[index];
        return article !== undefined && (article.blocks.some((block) => block.id === page.blockId) || Object.hasOwn(article.aliases, page.blockId));
      }
      case 'tags':
        return page.page >= 1 && page.page <= tagsPageCount;
      case 'tag': {
        const tag = tagsByLabel.get(page.label);
        return tag !== undefined && page.page >= 1 && page.page <= tagPageCount(tag);
      }
      case 'search':
      case 'not-found':
        return true;
    }
  };

  function* pages(): Generator<SitePage> {
    for (let page = 1; page <= pageCount; page += 1) yield { page: { kind: 'list', page }, data: listData(page) };
    for (const [index, article] of articles.entries()) {
      yield { page: { kind: 'article', slug: article.slug }, data: articleData(index, article) };
    }
    yield { page: { kind: 'search' }, data: null };
    for (let page = 1; page <= tagsPageCount; page += 1) yield { page: { kind: 'tags', page }, data: tagsData(page) };
    for (const tag of siteTags) {
      for (let page = 1; page <= tagPageCount(tag); page += 1) yield { page: { kind: 'tag', label: tag.label, page }, data: tagData(tag, page) };
    }
    yield { page: { kind: 'not-found' }, data: null };
  }

  return { articles, pages, has, tagLabels: siteTags.map((tag) => [tag.key, tag.label] as const) };
}
