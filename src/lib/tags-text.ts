/**
 * What only the tags' pages say (the index of tags, a tag's page), in Arabic: kept apart from
 * archive-text.ts so that their text loads with their code, and with no other page's. Counts go
 * through arabic-grammar.ts; imports nothing from content.
 */
import { countOf, nouns } from './arabic-grammar.ts';
import type { DigitStyle } from './format.ts';

export const tagPagesText = {
  tagsEmpty: 'لا وسوم في المقالات بعد.',
  tagsDescription: 'كل وسوم التغريدات في مقالات «صحيفة»، وعدد المواضع التي يرد فيها كل وسم أو تُذكر كلماته.',
  /** How many tags the archive has, across the pages of the index, the most frequent first. */
  tagsTotal: (count: number, digits: DigitStyle) => `في المقالات ${countOf(count, nouns.tag, 'nominative', digits)}، أكثرها ورودًا أولًا.`,
  tagsPagination: 'صفحات الوسوم',
  tagCount: (places: number, articles: number, digits: DigitStyle) =>
    `${countOf(places, nouns.place, 'nominative', digits)} في ${countOf(articles, nouns.article, 'genitive', digits)}`,
  tagIntro: (places: number, articles: number, digits: DigitStyle) =>
    `يرد هذا الوسم أو تُذكر كلماته في ${countOf(places, nouns.place, 'genitive', digits)} من ${countOf(articles, nouns.article, 'genitive', digits)}.`,
  pagination: 'صفحات الوسم',
} as const;
