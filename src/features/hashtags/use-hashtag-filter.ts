import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router-dom';
import type { Article } from '../../content/schema.ts';
import { useHydrated } from '../../ui/use-hydrated.ts';
import { NO_FILTER, isBlockVisible, type TagFilterState } from './lib/filter-state.ts';

type FilterLib = typeof import('./lib/hashtag-filter.ts');

let loadedLib: FilterLib | undefined;
let pendingLib: Promise<FilterLib> | undefined;

/** The filtering logic is not needed for first paint: it loads right after hydration. */
export function loadFilterLib(): Promise<FilterLib> {
  pendingLib ??= import('./lib/hashtag-filter.ts').then((lib) => {
    loadedLib = lib;
    return lib;
  });
  return pendingLib;
}

export type HashtagFilter = {
  readonly state: TagFilterState;
  /** Whether a block stays visible under the current filter. */
  readonly isVisible: (blockId: string) => boolean;
  /** Whether a written tag is the active filter. */
  readonly isActiveTag: (tag: string) => boolean;
};

/** The article's hashtag filter, kept in the URL as `?tag=` (Back/Forward move between filters). */
export function useHashtagFilter(article: Article): HashtagFilter {
  const { search } = useLocation();
  const hydrated = useHydrated();
  const [lib, setLib] = useState<FilterLib | undefined>(loadedLib);
  useEffect(() => {
    if (lib) return;
    let live = true;
    void loadFilterLib().then((loaded) => {
      if (live) setLib(loaded);
    });
    return () => {
      live = false;
    };
  }, [lib]);
  const param = hydrated ? new URLSearchParams(search).get('tag') : null;
  const index = useMemo(() => lib?.buildHashtagIndex(article), [lib, article]);
  const state = useMemo(() => (lib && index ? lib.resolveTagParam(index, param) : NO_FILTER), [lib, index, param]);
  // Stable per filter state: tags re-render when the filter changes, not on every render.
  const isActiveTag = useCallback((tag: string) => lib?.isActiveTag(state, tag) ?? false, [lib, state]);
  return { state, isVisible: (blockId) => isBlockVisible(state, blockId), isActiveTag };
}

/** The search part of a link that filters by `tag`. */
export function tagSearch(tag: string): string {
  return `?${new URLSearchParams({ tag }).toString()}`;
}
