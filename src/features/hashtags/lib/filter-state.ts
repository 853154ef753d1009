/**
 * The filter's state and what it hides: kept apart from the filtering logic so the first bundle
 * can apply a filter without carrying the logic (which loads after hydration).
 */
import type { TextRange } from '../../../lib/arabic-normalize.ts';

export type HashtagEntry = {
  /** The matching key: what the URL's `?tag=` is compared by. */
  readonly key: string;
  /** The most frequent written form (first seen on a tie), shown to readers. */
  readonly label: string;
  /** How many blocks the filter shows (tweets carrying it, paragraphs mentioning it). */
  readonly count: number;
};

export type HashtagFilterResult = {
  readonly entry: HashtagEntry | null;
  readonly visibleIds: ReadonlySet<string>;
  /** Ranges to mark per paragraph id. */
  readonly marks: ReadonlyMap<string, readonly TextRange[]>;
};

export type TagFilterState =
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'active'; readonly key: string; readonly label: string; readonly result: HashtagFilterResult };

export const NO_FILTER: TagFilterState = { kind: 'none' };

/** Whether a block stays visible under a filter state (an invalid filter shows nothing). */
export function isBlockVisible(state: TagFilterState, blockId: string): boolean {
  if (state.kind === 'none') return true;
  if (state.kind === 'invalid') return false;
  return state.result.visibleIds.has(blockId);
}
