import { startTransition, useEffect, useState } from 'react';

// One MediaQueryList per query: creating one is not free, and prefersReducedMotion() is asked on
// every scroll to a place in the article.
const lists = new Map<string, MediaQueryList>();

function mediaQueryList(query: string): MediaQueryList {
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

/**
 * Whether a media query matches; false while prerendering and hydrating. The answer arrives as a
 * transition (in slices, after hydration), not as the forced synchronous re-render an external
 * store's differing client snapshot would cause: on a phone that re-render rebuilt the sources
 * as a drawer in one long task.
 */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(false);
  useEffect(() => {
    const list = mediaQueryList(query);
    const update = () => startTransition(() => setMatches(list.matches));
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}

/** The user asked for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && mediaQueryList('(prefers-reduced-motion: reduce)').matches;
}
