import { useCallback, useLayoutEffect, useMemo, useSyncExternalStore, type MouseEvent } from 'react';
import { useLocation } from 'react-router-dom';
import type { Article, TweetBlock } from '../../content/schema.ts';
import { useHydrated } from '../../ui/use-hydrated.tsx';
import { isModifiedClick } from '../../ui/modified-click.ts';
import { NO_FILTER, isActiveTag, isBlockVisible, resolveTagParam, type TagFilter } from './lib/filter-state.ts';
import type { TagIndex } from './lib/tag-index.ts';
import { TAG_PENDING_ATTRIBUTE, pushSearch, searchAt, searchWhenHydrating, subscribeToSearch } from './tag-url.ts';

export type HashtagFilter = {
  /** The filter the address asks for (a long article shows it group by group: use-staged-groups.ts). */
  readonly filter: TagFilter;
  /** Whether a block shows under the filter (stable per filter). */
  readonly isVisible: (blockId: string) => boolean;
  /** Whether a written tag is the active filter (stable per filter). */
  readonly isActiveTag: (tag: string) => boolean;
  /** Whether a tweet carries the active filter's tag. */
  readonly carriesActiveTag: (tweet: TweetBlock) => boolean;
};

/** The article's hashtag filter, kept in the URL as `?tag=` (Back/Forward move between filters). */
export function useHashtagFilter(article: Article, index: TagIndex): HashtagFilter {
  const { pathname } = useLocation();
  const search = useSyncExternalStore(subscribeToSearch, () => searchAt(pathname), searchWhenHydrating);
  const hydrated = useHydrated();
  const param = hydrated ? new URLSearchParams(search).get('tag') : null;
  const filter = useMemo(() => (param === null ? NO_FILTER : resolveTagParam(index, article, param)), [index, article, param]);
  // The filter is applied in this commit: the text waiting for it shows, before the browser
  // paints and before a link's block is focused (a hidden one cannot be).
  useLayoutEffect(() => {
    if (hydrated) document.documentElement.removeAttribute(TAG_PENDING_ATTRIBUTE);
  }, [hydrated]);
  const isActive = useCallback((tag: string) => isActiveTag(filter, tag), [filter]);
  return {
    filter,
    isVisible: useCallback((blockId: string) => isBlockVisible(filter, blockId), [filter]),
    isActiveTag: isActive,
    carriesActiveTag: (tweet) => filter.kind === 'active' && filter.visible.has(tweet.id) && tweet.hashtags.some(isActive),
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
  const { pathname } = useLocation();
  return useCallback(
    (event) => {
      if (event.defaultPrevented || isModifiedClick(event)) return;
      const link = event.target instanceof Element ? event.target.closest(TAG_LINK_SELECTOR) : null;
      if (!(link instanceof HTMLAnchorElement) || !event.currentTarget.contains(link)) return;
      event.preventDefault();
      pushSearch(pathname, new URL(link.href).search);
    },
    [pathname],
  );
}
