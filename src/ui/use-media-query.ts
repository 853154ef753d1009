import { useCallback, useSyncExternalStore } from 'react';

// One MediaQueryList per query: creating one is not free, and the snapshot is read every render.
const lists = new Map<string, MediaQueryList>();

function mediaQueryList(query: string): MediaQueryList {
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

/** Whether a media query matches; false while prerendering and hydrating. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = mediaQueryList(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => mediaQueryList(query).matches,
    () => false,
  );
}

/** The user asked for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && mediaQueryList('(prefers-reduced-motion: reduce)').matches;
}
