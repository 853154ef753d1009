/**
 * What a place found by a tag or a search says around its quote, in Arabic: kept apart so that
 * it loads with the one component that shows places (src/ui/place-quote.tsx), on the pages that
 * show them. Imports nothing from content.
 */

/** A place a tag or a search found: a paragraph or a tweet, quoted with its article. */
export const placeText = {
  inArticle: 'في مقال',
  tweetFrom: 'تغريدة من',
  paragraph: 'فقرة',
  readParagraph: 'اقرأ الفقرة في المقال',
  readTweet: 'اقرأ التغريدة في المقال',
} as const;
