/**
 * What only the search page says, in Arabic: kept apart from archive-text.ts so that its text
 * loads with its code, and with no other page's. Queries are isolated: a Latin word must not
 * turn the sentence around. Counts go through arabic-grammar.ts; imports nothing from content.
 */
import { countOf, nouns } from './arabic-grammar.ts';
import { formatNumber, type DigitStyle } from './format.ts';

export const searchText = {
  label: 'ابحث في نصوص المقالات وتغريداتها',
  submit: 'ابحث',
  hint: 'يجد البحث الكلمة بـ«ال» ومن دونها، وبالهمزة ومن دونها، وبالتاء المربوطة أو الهاء، وبالتشكيل والتطويل ومن دونهما.',
  needsScript: 'يعمل البحث في المتصفح بجافاسكريبت. ومن دونها يمكنك تصفّح المقالات حسب وسومها:',
  emptyQuery: 'اكتب كلمة من حرفين أو أكثر للبحث.',
  articleAlone: '«ال» وحدها لا يُبحث عنها: تسبق أكثر الأسماء. اكتب الكلمة بعدها.',
  searching: 'جارٍ البحث…',
  /** The tab's title while a search shows. */
  titleFor: (query: string) => `البحث عن «\u2068${query}\u2069»`,
  results: (count: number, query: string, digits: DigitStyle) => `${countOf(count, nouns.result, 'nominative', digits)} للبحث عن «\u2068${query}\u2069»`,
  noResults: (query: string) => `لا نتائج للبحث عن «\u2068${query}\u2069». جرّب كلمة أخرى، أو تصفّح الوسوم.`,
  failed: 'تعذّر البحث الآن: لم يُحمَّل فهرس البحث. تحقّق من الاتصال وحاول مرة أخرى.',
  more: 'مزيد من النتائج',
  shown: (shown: number, digits: DigitStyle) => `(عُرض\u00a0منها\u00a0${formatNumber(shown, digits)})`,
} as const;
