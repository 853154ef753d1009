/**
 * What each page is called: title, description and canonical path, for the prerendered head and
 * for document.title after client navigation. Pure: no React, no DOM.
 */
import { pathOf, type PageRef } from '../lib/addresses.ts';
import { excerpt } from '../lib/excerpt.ts';
import { appText } from '../lib/ui-text.ts';
import type { PageData } from './page-data.ts';

export type PageMeta = {
  readonly title: string;
  readonly description: string;
  /** Path on this site, for the canonical link; null for pages that must not be indexed. */
  readonly canonicalPath: string | null;
  readonly kind: 'website' | 'article';
};

const DESCRIPTION_LENGTH = 160;

export function describePage(page: PageRef, data: PageData | null): PageMeta {
  const siteName = appText.siteName;
  if (page.kind === 'list' && data?.kind === 'list') {
    const title = data.page === 1 ? `${siteName} — ${appText.collectionTitle}` : `${appText.listPageTitle(data.page)} — ${siteName}`;
    return { title, description: appText.collectionDescription, canonicalPath: pathOf(page), kind: 'website' };
  }
  if (page.kind === 'article' && data?.kind === 'article') {
    const { article } = data;
    const lede = article.blocks.find((block) => block.type === 'paragraph')?.text ?? article.headline.text;
    return {
      title: `${article.headline.text} — ${siteName}`,
      description: excerpt(lede, DESCRIPTION_LENGTH),
      canonicalPath: pathOf(page),
      kind: 'article',
    };
  }
  return { title: `${appText.notFoundTitle} — ${siteName}`, description: appText.notFoundBody, canonicalPath: null, kind: 'website' };
}
