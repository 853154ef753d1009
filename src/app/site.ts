/**
 * The site as the build sees it: every page to write, with the data it is rendered from, worked
 * out from the validated articles in one pass (linear in the archive: nothing compares every
 * article with every other). Pure: no React, no DOM, no file system.
 */
import type { Article } from '../content/schema.ts';
import { readingMinutes } from '../features/article/lib/reading-time.ts';
import { buildTagIndex } from '../features/hashtags/lib/tag-index.ts';
import type { PageRef } from '../lib/addresses.ts';
import { excerpt } from '../lib/excerpt.ts';
import type { ArticlePageData, ArticleSummary, ListPageData, PageData } from './page-data.ts';

/** Articles on each page of the list. */
export const LIST_PAGE_SIZE = 20;

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
  const first = article.blocks.find((block) => block.type === 'paragraph');
  return {
    slug: article.slug,
    headline: article.headline,
    date: article.date,
    dateStyle: article.dateStyle,
    lede: first ? excerpt(first.text, 220) : '',
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
};

/** The site of `articles`, its data stamped with `build` (the app code's build id). */
export function buildSite(input: readonly Article[], build: string): Site {
  const articles = [...input].sort(compareArticles);
  const summaries = articles.map(summarize);
  const slugs = new Map(articles.map((article, index) => [article.slug, index]));
  const pageCount = Math.max(1, Math.ceil(articles.length / LIST_PAGE_SIZE));

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
    tags: buildTagIndex(article),
    newer: summaries[index - 1] ?? null,
    older: summaries[index + 1] ?? null,
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
      case 'tag':
      case 'search':
        return false;
      case 'not-found':
        return true;
    }
  };

  function* pages(): Generator<SitePage> {
    for (let page = 1; page <= pageCount; page += 1) yield { page: { kind: 'list', page }, data: listData(page) };
    for (const [index, article] of articles.entries()) {
      yield { page: { kind: 'article', slug: article.slug }, data: articleData(index, article) };
    }
    yield { page: { kind: 'not-found' }, data: null };
  }

  return { articles, pages, has };
}
