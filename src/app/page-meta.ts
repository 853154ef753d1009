/**
 * What each URL is called: title, description and canonical path, for the prerendered head and
 * for document.title after client navigation. Pure: no React, no DOM.
 */
import { matchPath } from 'react-router-dom';
import type { ArticleSummary } from '../content/schema.ts';
import { uiText } from '../lib/ui-text.ts';

export type PageMeta = {
  readonly title: string;
  readonly description: string;
  /** Path on this site, for the canonical link; null for pages that must not be indexed. */
  readonly canonicalPath: string | null;
  readonly kind: 'collection' | 'article' | 'not-found';
};

export const ARTICLE_PATH = '/articles/:slug';

export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}

/** The slug in an article URL, or null for any other path. */
export function matchArticleSlug(pathname: string): string | null {
  return matchPath(ARTICLE_PATH, pathname)?.params.slug ?? null;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > max / 2 ? lastSpace : max)}…`;
}

export function describePage(pathname: string, findSummary: (slug: string) => ArticleSummary | undefined, lede?: string): PageMeta {
  if (pathname === '/' || pathname === '') {
    return { title: `${uiText.siteName} — ${uiText.collectionTitle}`, description: uiText.collectionDescription, canonicalPath: '/', kind: 'collection' };
  }
  const slug = matchArticleSlug(pathname);
  const summary = slug === null ? undefined : findSummary(slug);
  if (summary) {
    return {
      title: `${summary.headline.text} — ${uiText.siteName}`,
      description: truncate(lede ?? summary.headline.text, 160),
      canonicalPath: articlePath(summary.slug),
      kind: 'article',
    };
  }
  return { title: `${uiText.notFoundTitle} — ${uiText.siteName}`, description: uiText.notFoundBody, canonicalPath: null, kind: 'not-found' };
}
