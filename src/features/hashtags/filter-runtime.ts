/**
 * What the hashtag filter loads after hydration (a chunk of its own): the filtering logic, and
 * the article's tag index built in slices of the main thread.
 */
import type { Article } from '../../content/schema.ts';
import { yieldToMain } from '../../ui/yield-to-main.ts';
import { buildHashtagIndexInSlices, type HashtagIndex } from './lib/hashtag-filter.ts';

export * from './lib/hashtag-filter.ts';

// Slices of at most ~4 ms: on a phone four times slower than this machine, well under the 50 ms
// of a long task.
const SLICES = { pause: yieldToMain, now: () => performance.now(), budgetMs: 4 } as const;

/** Builds the index without a long task: it normalizes all the article's text. */
export function buildIndexBetweenTasks(article: Article): Promise<HashtagIndex> {
  return buildHashtagIndexInSlices(article, SLICES);
}
