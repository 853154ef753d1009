/**
 * What each page is rendered from: plain JSON, written with the site (one file per page, at
 * `dataPathOf(page)`), read by the prerenderer and fetched by the browser for the page it
 * hydrates or navigates to. A page's cost never depends on the size of the archive: a page
 * carries only what it shows. Pure: no React, no DOM.
 */
import type { Article } from '../content/schema.ts';
import type { TagPlace } from '../features/hashtags/lib/site-tags.ts';
import type { TagIndex } from '../features/hashtags/lib/tag-index.ts';

/**
 * The build of the app's code that wrote the data. A page whose code is of another build (an
 * open tab after a deploy) reloads onto the new one (load-page-data.ts).
 */
export type BuildStamp = { readonly build: string };

/** What a list shows of an article. */
export type ArticleSummary = {
  readonly slug: string;
  readonly headline: Article['headline'];
  readonly date: Article['date'];
  readonly dateStyle: Article['dateStyle'];
  /** The opening of the first paragraph, cut at a word. */
  readonly lede: string;
  readonly paragraphCount: number;
  readonly readingMinutes: number;
};

export type ArticlePageData = BuildStamp & {
  readonly kind: 'article';
  readonly article: Article;
  readonly tags: TagIndex;
  /** For each of the article's tags that has a page across the archive: its key and that page's label. */
  readonly siteTags: readonly (readonly [key: string, label: string])[];
  /** The articles before and after this one in the archive (newest first). */
  readonly newer: ArticleSummary | null;
  readonly older: ArticleSummary | null;
};

export type ListPageData = BuildStamp & {
  readonly kind: 'list';
  readonly page: number;
  readonly pageCount: number;
  readonly total: number;
  readonly articles: readonly ArticleSummary[];
};

/** A tag of the archive, as the index of tags shows it. */
export type TagSummary = {
  readonly key: string;
  readonly label: string;
  readonly placeCount: number;
  readonly articleCount: number;
};

/** A page of the archive's tags, most places first. */
export type TagsPageData = BuildStamp & {
  readonly kind: 'tags';
  readonly page: number;
  readonly pageCount: number;
  /** Tags across the archive, on every page. */
  readonly total: number;
  readonly tags: readonly TagSummary[];
};

/** A page of one tag's places across the archive, newest article first, in reading order. */
export type TagPageData = BuildStamp & {
  readonly kind: 'tag';
  readonly key: string;
  readonly label: string;
  readonly page: number;
  readonly pageCount: number;
  readonly total: number;
  readonly articleCount: number;
  readonly places: readonly TagPlace[];
};

export type PageData = ArticlePageData | ListPageData | TagsPageData | TagPageData;
