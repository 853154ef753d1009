/**
 * What each page is called: document.title after a client navigation, and the prerendered
 * head's title (page-meta.ts). Pure: no React, no DOM.
 */
import type { PageRef } from '../lib/addresses.ts';
import { appText, archivePageText } from '../lib/ui-text.ts';
import type { PageData } from './page-data.ts';
import type { DigitStyle } from '../lib/format.ts';

/** A page's title, the site's name in it; its numbers in the reader's digits (Arabic-Indic in the prerendered head). */
export function pageTitle(page: PageRef, data: PageData | null, digits: DigitStyle = 'arab'): string {
  if (page.kind === 'list' && data?.kind === 'list') return data.page === 1 ? `${appText.siteName} — ${appText.collectionTitle}` : appText.tabTitle(appText.listPageTitle(data.page, digits));
  if (page.kind === 'search') return appText.tabTitle(archivePageText.searchTitle);
  if (page.kind === 'tags' && data?.kind === 'tags') return appText.tabTitle(archivePageText.tagsPageTitle(data.page, digits));
  if (page.kind === 'tag' && data?.kind === 'tag') return appText.tabTitle(archivePageText.tagPageTitle(data.label, data.page, digits));
  if (page.kind === 'article' && data?.kind === 'article') return appText.tabTitle(data.article.headline.text);
  return appText.tabTitle(appText.notFoundTitle);
}
