/**
 * What the prerendered head says of each page: title, description, canonical path, preview
 * title and image text. Pure: no React, no DOM. The app itself needs only the title
 * (page-title.ts): this module, and the archive's texts it uses, stay out of its first script.
 */
import type { Article, Block } from '../content/schema.ts';
import { headText, pagesText } from '../lib/archive-text.ts';
import { searchText } from '../lib/search-page-text.ts';
import { tagPagesText } from '../lib/tags-text.ts';
import { cleanShareText, shareDescription, shareImageAlt } from '../features/sharing/lib/share-card.ts';
import { pathOf, type PageRef } from '../lib/addresses.ts';
import { appText } from '../lib/ui-text.ts';
import type { PageData } from './page-data.ts';
import { pageTitle } from './page-title.ts';

export type PageMeta = {
  readonly title: string;
  readonly description: string;
  /** Path on this site, for the canonical link; null for pages that must not be indexed. */
  readonly canonicalPath: string | null;
  /** The page's own path when it is not the canonical one (a share page: og:url). */
  readonly ownPath?: string;
  /** The title a preview shows (og:title): an article's headline, without the site's name. */
  readonly previewTitle?: string;
  /** The share image's text alternative, for pages that have one (og:image:alt). */
  readonly imageAlt?: string;
  readonly kind: 'website' | 'article';
  /** The pages before and after this one in a paginated list (rel=prev/next). */
  readonly previousPath?: string | null;
  readonly nextPath?: string | null;
};

/** What the prerendered head says of a page. */
export function describePage(page: PageRef, data: PageData | null): PageMeta {
  const title = pageTitle(page, data);
  // A page of a list in pages: its neighbours are rel=prev/next.
  const paged = (at: number, count: number, pageAt: (at: number) => PageRef) => ({
    canonicalPath: pathOf(page),
    kind: 'website' as const,
    previousPath: at > 1 ? pathOf(pageAt(at - 1)) : null,
    nextPath: at < count ? pathOf(pageAt(at + 1)) : null,
  });
  if (page.kind === 'list' && data?.kind === 'list') {
    return {
      title,
      description: pagesText.collectionDescription,
      ...paged(data.page, data.pageCount, (at) => ({ kind: 'list', page: at })),
    };
  }
  if (page.kind === 'search') return { title, description: searchText.hint, canonicalPath: pathOf(page), kind: 'website' };
  if (page.kind === 'tags' && data?.kind === 'tags') {
    return {
      title,
      description: tagPagesText.tagsDescription,
      ...paged(data.page, data.pageCount, (at) => ({ kind: 'tags', page: at })),
    };
  }
  if (page.kind === 'tag' && data?.kind === 'tag') {
    return {
      title,
      description: headText.tagDescription(data.label),
      ...paged(data.page, data.pageCount, (at) => ({ ...page, page: at })),
    };
  }
  if (page.kind === 'article' && data?.kind === 'article') {
    const { article } = data;
    return {
      title,
      description: shareDescription(article, null),
      canonicalPath: pathOf(page),
      kind: 'article',
      previewTitle: cleanShareText(article.headline.text),
      imageAlt: shareImageAlt(article, null),
    };
  }
  return { title, description: pagesText.notFoundBody, canonicalPath: null, kind: 'website' };
}

/**
 * A paragraph's or tweet's share page: the article's headline, the block's own text, and the
 * article as the canonical page (search engines index the article only).
 */
export function describeShare(article: Article, block: Block): PageMeta {
  return {
    title: appText.tabTitle(cleanShareText(article.headline.text)),
    description: shareDescription(article, block),
    canonicalPath: pathOf({ kind: 'article', slug: article.slug }),
    ownPath: pathOf({ kind: 'share', slug: article.slug, blockId: block.id }) ?? undefined,
    kind: 'article',
    previewTitle: cleanShareText(article.headline.text),
    imageAlt: shareImageAlt(article, block),
  };
}
