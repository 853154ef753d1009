/**
 * The filter's `?tag=` is in the page's address but is not a route. Choosing a tag pushes a
 * history entry of its own, a "shallow" URL update (as nuqs does for Next.js), and the router is
 * not told: a router navigation re-renders every route-aware component and makes React search
 * the whole article for them, a filter only needs the article page (docs/decisions/0006).
 * Back and Forward between filters arrive as `popstate`, which the router sees too.
 *
 * The page shows a new filter at once and writes it into the address right after the next paint:
 * `history.pushState` with a new query makes the browser revisit every link of the document
 * (their resolved addresses change), which on a long article is a good part of a tap's frame.
 */

const listeners = new Set<() => void>();
/** Queries shown but not yet in the address, oldest first. */
const queued: string[] = [];

function writeQueued(): void {
  const { pathname } = window.location;
  for (const search of queued.splice(0)) window.history.pushState(window.history.state, '', `${pathname}${search}`);
}

/**
 * After the frame that shows the filter: in the idle time that follows it where the browser has
 * idle callbacks (nothing of this runs in that frame), else in a task after the next animation frame.
 */
function afterNextPaint(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 200 });
  else if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(callback, 0));
  else setTimeout(callback, 0);
}

/** Calls `listener` whenever the address's query may have changed (a filter, Back, Forward). */
export function subscribeToSearch(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', dropQueued);
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
    if (listeners.size === 0) window.removeEventListener('popstate', dropQueued);
  };
}

/** Back or Forward within a frame of a tap: the address is the truth again. */
function dropQueued(): void {
  queued.length = 0;
}

export function currentSearch(): string {
  return queued.at(-1) ?? window.location.search;
}

/**
 * The query when hydrating. The prerendered page is unfiltered, and the filter reads the query
 * only once hydrated (useHydrated), so the client may answer with the real one: React then has
 * no second value to reconcile right after hydration.
 */
export function searchWhenHydrating(): string {
  return typeof window === 'undefined' ? '' : window.location.search;
}

/**
 * Shows the same page with query `search` (`?tag=…`, or '' for none) as a new history entry; the
 * fragment goes, as with any link to a query. The router's own entry state is kept.
 */
export function pushSearch(search: string): void {
  if (search === currentSearch() && !window.location.hash) return;
  queued.push(search);
  if (queued.length === 1) afterNextPaint(writeQueued);
  for (const listener of listeners) listener();
}
