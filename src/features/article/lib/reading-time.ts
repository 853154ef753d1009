/**
 * Estimated reading time at an Arabic reading rate: 138 words a minute, the IReST figure for
 * Arabic (Trauzettel-Klosinski et al., 2012: 138 ± 20 wpm silent reading).
 */
import type { Article } from '../../../content/schema.ts';

export const ARABIC_WORDS_PER_MINUTE = 138;

/** Words of running text: whitespace-separated tokens that contain a letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Whole minutes to read the article's paragraphs and tweets, at least one. */
export function readingMinutes(article: Article, wordsPerMinute = ARABIC_WORDS_PER_MINUTE): number {
  const words = article.blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  return Math.max(1, Math.round(words / wordsPerMinute));
}
