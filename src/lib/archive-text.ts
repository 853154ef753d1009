/**
 * The interface text of the archive's own pages (the index of tags, a tag's page, the search),
 * in Arabic: a section of ui-text.ts kept apart because those pages' code loads only with them,
 * and their text with it. Counts go through arabic-grammar.ts; imports nothing from content.
 */
import { countOf, nouns } from './arabic-grammar.ts';
import { formatNumber, type DigitStyle } from './format.ts';

/** The archive's tags: the index of tags and each tag's page. */
export const tagPagesText = {
  tagsEmpty: 'لا وسوم في المقالات بعد.',
  /** How many tags the archive has, across the pages of the index, the most frequent first. */
  tagsTotal: (count: number, digits: DigitStyle) => `في المقالات ${countOf(count, nouns.tag, 'nominative', digits)}، أكثرها ورودًا أولًا.`,
  tagsPagination: 'صفحات الوسوم',
  tagCount: (places: number, articles: number, digits: DigitStyle) =>
    `${countOf(places, nouns.place, 'nominative', digits)} في ${countOf(articles, nouns.article, 'genitive', digits)}`,
  tagIntro: (places: number, articles: number, digits: DigitStyle) =>
    `يرد هذا الوسم أو تُذكر كلماته في ${countOf(places, nouns.place, 'genitive', digits)} من ${countOf(articles, nouns.article, 'genitive', digits)}.`,
  inArticle: 'في مقال',
  tweetFrom: 'تغريدة من',
  paragraph: 'فقرة',
  readParagraph: 'اقرأ الفقرة في المقال',
  readTweet: 'اقرأ التغريدة في المقال',
  pagination: 'صفحات الوسم',
  allTags: 'كل الوسوم',
} as const;

/** Searching the archive. Queries are isolated: a Latin word must not turn the sentence around. */
export const searchText = {
  label: 'ابحث في نصوص المقالات وتغريداتها',
  submit: 'ابحث',
  needsScript: 'يعمل البحث في المتصفح بجافاسكريبت. ومن دونها يمكنك تصفّح المقالات حسب وسومها:',
  emptyQuery: 'اكتب كلمة من حرفين أو أكثر للبحث.',
  searching: 'جارٍ البحث…',
  /** The tab's title while a search shows. */
  titleFor: (query: string) => `البحث عن «\u2068${query}\u2069»`,
  results: (count: number, query: string, digits: DigitStyle) => `${countOf(count, nouns.result, 'nominative', digits)} للبحث عن «\u2068${query}\u2069»`,
  noResults: (query: string) => `لا نتائج للبحث عن «\u2068${query}\u2069». جرّب كلمة أخرى، أو تصفّح الوسوم.`,
  failed: 'تعذّر البحث الآن: لم يُحمَّل فهرس البحث. تحقّق من الاتصال وحاول مرة أخرى.',
  more: 'مزيد من النتائج',
  shown: (shown: number, digits: DigitStyle) => `(عُرض منها ${formatNumber(shown, digits)})`,
} as const;

/**
 * What the other pages that load with their own routes say (the list, the not-found page), and
 * the descriptions of the prerendered heads (page-meta.ts): here, so the article's first script
 * does not carry them.
 */
export const pagesText = {
  collectionDescription: 'مقالات إخبارية عربية بنصّها الكامل، مع التغريدات المضمّنة فيها ومصادر كل خبر.',
  tagsDescription: 'كل وسوم التغريدات في مقالات «صحيفة»، وعدد المواضع التي يرد فيها كل وسم أو تُذكر كلماته.',
  searchHint: 'يجد البحث الكلمة بـ«ال» ومن دونها، وبالهمزة ومن دونها، وبالتاء المربوطة أو الهاء، وبالتشكيل والتطويل ومن دونهما.',
  notFoundBody: 'لم نعثر على الصفحة التي طلبتها. ربما تغيّر الرابط أو كُتب بشكل غير صحيح.',
  notFoundWaysOn: 'يمكنك أن تتابع من هنا:',
  latestArticles: 'أحدث المقالات',
  searchArticles: 'البحث في المقالات',
} as const;

/**
 * What only the prerendered heads say (page-meta.ts): an export of its own, which no browser
 * chunk imports, so no page's script carries it.
 */
export const headText = {
  tagDescription: (tag: string) => `كل ما يحمل الوسم \u2068#${tag}\u2069 أو يذكر كلماته في مقالات «صحيفة»: التغريدات والفقرات، كلٌّ في موضعه من مقاله.`,
} as const;
