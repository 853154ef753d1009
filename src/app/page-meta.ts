/**
 * What each page is called: title, description and canonical path, for the prerendered head and
 * for document.title after client navigation. Pure: no React, no DOM.
 */
import type { Article, Block } from '../content/schema.ts';
import { cleanShareText, shareDescription, shareImageAlt } from '../features/sharing/lib/share-card.ts';
import { pathOf, type PageRef } from '../lib/addresses.ts';
import { excerpt } from '../lib/excerpt.ts';
import { appText, archivePageText } from '../lib/ui-text.ts';
import type { PageData } from './page-data.ts';

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

const DESCRIPTION_LENGTH = 160;

export function describePage(page: PageRef, data: PageData | null): PageMeta {
  const siteName = appText.siteName;
  if (page.kind === 'list' && data?.kind === 'list') {
    const title = data.page === 1 ? `${siteName} — ${appText.collectionTitle}` : `${appText.listPageTitle(data.page)} — ${siteName}`;
    return {
      title,
      description: appText.collectionDescription,
      canonicalPath: pathOf(page),
      kind: 'website',
      previousPath: data.page > 1 ? pathOf({ kind: 'list', page: data.page - 1 }) : null,
      nextPath: data.page < data.pageCount ? pathOf({ kind: 'list', page: data.page + 1 }) : null,
    };
  }
  if (page.kind === 'search') {
    return { title: `${archivePageText.searchTitle} — ${siteName}`, description: archivePageText.searchHint, canonicalPath: pathOf(page), kind: 'website' };
  }
  if (page.kind === 'tags' && data?.kind === 'tags') {
    return {
      title: `${archivePageText.tagsPageTitle(data.page)} — ${siteName}`,
      description: archivePageText.tagsDescription,
      canonicalPath: pathOf(page),
      kind: 'website',
      previousPath: data.page > 1 ? pathOf({ kind: 'tags', page: data.page - 1 }) : null,
      nextPath: data.page < data.pageCount ? pathOf({ kind: 'tags', page: data.page + 1 }) : null,
    };
  }
  if (page.kind === 'tag' && data?.kind === 'tag') {
    return {
      title: `${archivePageText.tagPageTitle(data.label, data.page)} — ${siteName}`,
      description: archivePageText.tagDescription(data.label),
      canonicalPath: pathOf(page),
      kind: 'website',
      previousPath: data.page > 1 ? pathOf({ ...page, page: data.page - 1 }) : null,
      nextPath: data.page < data.pageCount ? pathOf({ ...page, page: data.page + 1 }) : null,
    };
  }
  if (page.kind === 'article' && data?.kind === 'article') {
    const { article } = data;
    const lede = article.blocks.find((block) => block.type === 'paragraph')?.text ?? article.headline.text;
    return {
      title: `${article.headline.text} — ${siteName}`,
      description: excerpt(lede, DESCRIPTION_LENGTH),
      canonicalPath: pathOf(page),
      kind: 'article',
      previewTitle: cleanShareText(article.headline.text),
      imageAlt: shareImageAlt(article, null),
    };
  }
  return { title: `${appText.notFoundTitle} — ${siteName}`, description: appText.notFoundBody, canonicalPath: null, kind: 'website' };
}

/**
 * A paragraph's or tweet's share page: the article's headline, the block's own text, and the
 * article as the canonical page (search engines index the article only).
 */
export function describeShare(article: Article, block: Block): PageMeta {
  return {
    title: `${cleanShareText(article.headline.text)} — ${appText.siteName}`,
    description: shareDescription(article, block),
    canonicalPath: pathOf({ kind: 'article', slug: article.slug }),
    ownPath: pathOf({ kind: 'share', slug: article.slug, blockId: block.id }) ?? undefined,
    kind: 'article',
    previewTitle: cleanShareText(article.headline.text),
    imageAlt: shareImageAlt(article, block),
  };
}
