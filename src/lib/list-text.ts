/**
 * What only the lists show (the articles, the tags, a tag's places), in Arabic: a section of
 * ui-text.ts kept apart, since the lists' code loads with their routes and their text with it
 * (in ui-text.ts it rode in every page's first script). Imports nothing from content.
 */
import { formatNumber, type DigitStyle } from './format.ts';

export const listText = {
  pagination: 'صفحات المقالات',
  pageWord: 'الصفحة',
  // No-break spaces: «الصفحة ١ من ٢» is never split at a line's end.
  pageOf: (page: number, count: number, digits: DigitStyle) => `الصفحة\u00a0${formatNumber(page, digits)}\u00a0من\u00a0${formatNumber(count, digits)}`,
  previousPage: 'الصفحة السابقة',
  nextPage: 'الصفحة التالية',
  undated: 'بلا تاريخ: المصدر لا يذكره',
} as const;
