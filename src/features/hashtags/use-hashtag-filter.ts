import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Article } from '../../content/schema.ts';
import { useHydrated } from '../../ui/use-hydrated.ts';
import { buildHashtagIndex, isBlockVisible, resolveTagParam, type HashtagIndex, type TagFilterState } from './lib/hashtag-filter.ts';

export type HashtagFilter = {
  readonly index: HashtagIndex;
  readonly state: TagFilterState;
  /** Whether a block stays visible under the current filter. */
  readonly isVisible: (blockId: string) => boolean;
};

/** The article's hashtag filter, kept in the URL as `?tag=` (Back/Forward move between filters). */
export function useHashtagFilter(article: Article): HashtagFilter {
  const [searchParams] = useSearchParams();
  const hydrated = useHydrated();
  const param = hydrated ? searchParams.get('tag') : null;
  const index = useMemo(() => buildHashtagIndex(article), [article]);
  const state = useMemo(() => resolveTagParam(index, param), [index, param]);
  return { index, state, isVisible: (blockId) => isBlockVisible(state, blockId) };
}

/** The search part of a link that filters by `tag`. */
export function tagSearch(tag: string): string {
  return `?${new URLSearchParams({ tag }).toString()}`;
}
