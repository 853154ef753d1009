/**
 * The filter's `?tag=` is in the page's address but is not a route. Choosing a tag pushes a
 * history entry of its own, a "shallow" URL update (as nuqs does for Next.js), and the router is
 * not told: a router navigation re-renders every route-aware component, a filter only needs the
 * article page (docs/decisions/0006). Back and Forward between filters arrive as `popstate`.
 */

/**
 * On `<html>` from before first paint (src/boot/boot.ts) when the address asks for a filter the
 * prerendered page cannot know, and names no paragraph (that place is shown at once): until the
 * app is live the text below the tag list waits unseen (hashtags.module.css,
 * article-view.module.css), so it never shows whole and then jumps. The article's filter takes it
 * off in the commit that applies it (use-hashtag-filter.ts).
 */
export const TAG_PENDING_ATTRIBUTE = 'data-tag-pending';

const listeners = new Set<() => void>();

/** Calls `listener` whenever the address's query may have changed (a filter, Back, Forward). */
export function subscribeToSearch(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

let held = '';

/**
 * The address's query, for the page at `pathname`. While another page is on its way (the
 * address is already its own: a link, or Back to a page whose data is loading), the page shown
 * keeps the query it had: it must not take the next page's `?tag=`, or lose its own.
 */
export function searchAt(pathname: string): string {
  if (window.location.pathname === pathname) held = window.location.search;
  return held;
}

/**
 * The query while hydrating. The prerendered page is unfiltered and the filter reads the query
 * only once hydrated (useHydrated), so the client may answer with the real one: React then has
 * no second value to reconcile right after hydration.
 */
export function searchWhenHydrating(): string {
  return typeof window === 'undefined' ? '' : window.location.search;
}

/**
 * Shows the page at `pathname` with query `search` (`?tag=…`, or '' for none) as a new history
 * entry; the fragment goes, as with any link to a query. The router's own entry state is kept.
 */
export function pushSearch(pathname: string, search: string): void {
  // While another page is on its way, this one's tags wait for it.
  if (window.location.pathname !== pathname || (search === window.location.search && !window.location.hash)) return;
  window.history.pushState(window.history.state, '', `${window.location.pathname}${search}`);
  for (const listener of listeners) listener();
}
