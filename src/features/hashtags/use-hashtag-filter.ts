import { startTransition, useCallback, useEffect, useMemo, useState, useSyncExternalStore, type MouseEvent } from 'react';
import type { Article, TweetBlock } from '../../content/schema.ts';
import { useHydrated } from '../../ui/use-hydrated.tsx';
import { NO_FILTER, isBlockVisible, type TagFilterState } from './lib/filter-state.ts';
import { currentSearch, pushSearch, searchWhenHydrating, subscribeToSearch } from './tag-url.ts';

type FilterLib = typeof import('./filter-runtime.ts');
type HashtagIndex = import('./lib/hashtag-filter.ts').HashtagIndex;

let pendingLib: Promise<FilterLib> | undefined;

/** The filtering logic is not needed for first paint: it loads right after hydration. */
export function loadFilterLib(): Promise<FilterLib> {
  pendingLib ??= import('./filter-runtime.ts');
  return pendingLib;
}

/** The filtering logic with one article's tag index. */
export type LoadedHashtagIndex = { readonly article: Article; readonly lib: FilterLib; readonly index: HashtagIndex };

const loadedIndexes = new WeakMap<Article, LoadedHashtagIndex>();
const pendingIndexes = new WeakMap<Article, Promise<LoadedHashtagIndex>>();

/**
 * Loads the filtering logic and builds the article's tag index in slices (once per article): it
 * normalizes all the article's text, which in one piece is a long task after hydration.
 */
export function loadHashtagIndex(article: Article): Promise<LoadedHashtagIndex> {
  let pending = pendingIndexes.get(article);
  if (!pending) {
    pending = loadFilterLib().then(async (lib) => {
      const loaded = { article, lib, index: await lib.buildIndexBetweenTasks(article) };
      loadedIndexes.set(article, loaded);
      return loaded;
    });
    pendingIndexes.set(article, pending);
  }
  return pending;
}

/** The article's tag index if it is ready. */
export function peekLoadedHashtagIndex(article: Article): LoadedHashtagIndex | undefined {
  return loadedIndexes.get(article);
}

export type HashtagFilter = {
  readonly state: TagFilterState;
  /** Whether a block stays visible under the current filter. */
  readonly isVisible: (blockId: string) => boolean;
  /** Whether a written tag is the active filter. */
  readonly isActiveTag: (tag: string) => boolean;
  /** Whether a tweet carries the active filter's tag. */
  readonly carriesActiveTag: (tweet: TweetBlock) => boolean;
};

/** The article's hashtag filter, kept in the URL as `?tag=` (Back/Forward move between filters). */
export function useHashtagFilter(article: Article): HashtagFilter {
  const search = useSyncExternalStore(subscribeToSearch, currentSearch, searchWhenHydrating);
  const hydrated = useHydrated();
  const [loaded, setLoaded] = useState(() => peekLoadedHashtagIndex(article));
  const current = loaded?.article === article ? loaded : peekLoadedHashtagIndex(article);
  useEffect(() => {
    if (current) return;
    let live = true;
    void loadHashtagIndex(article).then((value) => {
      // Re-rendering with the filter is a transition: in slices, no long task.
      if (live) startTransition(() => setLoaded(value));
    });
    return () => {
      live = false;
    };
  }, [article, current]);
  const param = hydrated ? new URLSearchParams(search).get('tag') : null;
  const state = useMemo(() => (current ? current.lib.resolveTagParam(current.index, param) : NO_FILTER), [current, param]);
  const lib = current?.lib;
  // Stable per filter state: tags re-render when the filter changes, not on every render.
  const isActiveTag = useCallback((tag: string) => lib?.isActiveTag(state, tag) ?? false, [lib, state]);
  return {
    state,
    isVisible: (blockId) => isBlockVisible(state, blockId),
    isActiveTag,
    carriesActiveTag: (tweet) => state.kind === 'active' && state.result.visibleIds.has(tweet.id) && tweet.hashtags.some(isActiveTag),
  };
}

/** The search part of a link that filters by `tag`. */
export function tagSearch(tag: string): string {
  return `?${new URLSearchParams({ tag }).toString()}`;
}

/** The plain links that filter by a tag (HashtagLink renders them), or clear the filter. */
const TAG_LINK_SELECTOR = 'a[data-tag-link]';

/**
 * One click handler for all the tag links inside an element: a plain left click filters in
 * place (a new history entry, so Back/Forward move between filters; tag-url.ts); a click with a
 * modifier (new tab, new window) is left to the browser.
 */
export function useTagLinkClicks(): (event: MouseEvent<HTMLElement>) => void {
  return useCallback((event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest(TAG_LINK_SELECTOR) : null;
    if (!(link instanceof HTMLAnchorElement) || !event.currentTarget.contains(link)) return;
    event.preventDefault();
    pushSearch(new URL(link.href).search);
  }, []);
}
