/**
 * The interface text of the list and the not-found page, and the prerendered heads' descriptions,
 * in Arabic: a section of ui-text.ts kept apart because those pages' code loads only with them,
 * and their text with it. What only the tags' pages, only the search, or the places both show
 * say is in tags-text.ts, search-page-text.ts and place-text.ts. Imports nothing from content.
 */

/**
 * What the pages that load with their own routes say (the list, the not-found page, the ways on
 * from them), and the descriptions of the prerendered heads (page-meta.ts): here, so the
 * article's first script does not carry them.
 */
export const pagesText = {
  collectionDescription: 'مقالات إخبارية عربية بنصّها الكامل، مع التغريدات المضمّنة فيها ومصادر كل خبر.',
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
