import { useEffect, useState } from 'react';
import { useHydrated } from '../../ui/use-hydrated.tsx';
import { queryTerms } from './lib/search-text.ts';
import { searchIndex, type SearchHit, type SearchResults } from './pagefind.ts';

/** Results shown at a time; «مزيد من النتائج» shows as many again. */
export const RESULTS_PAGE = 10;

export type SearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'empty' }
  | { readonly status: 'searching' }
  | { readonly status: 'failed' }
  | { readonly status: 'done'; readonly total: number; readonly hits: readonly SearchHit[]; readonly terms: readonly string[] };

type Found = { readonly key: string; readonly results: SearchResults | null; readonly hits: readonly SearchHit[] };

/**
 * The last searches, with the results shown: Back to a search renders them at once, so the
 * browser restores the reader's scroll position among them (as it does on every other page).
 */
const remembered = new Map<string, Found>();
const REMEMBERED = 10;

function remember(found: Found): void {
  remembered.delete(found.key);
  remembered.set(found.key, found);
  for (const key of remembered.keys()) {
    if (remembered.size <= REMEMBERED) break;
    remembered.delete(key);
  }
}

/** Searches the index for `key` (terms joined by a space); the results found are remembered. */
function find(key: string): Promise<Found> {
  return searchIndex(key.split(' '))
    .then(async (results) => ({ key, results, hits: await results.load(0, RESULTS_PAGE) }))
    .then((found) => {
      remember(found);
      return found;
    });
}

/**
 * Has the results of `query` at hand, for a page reached by Back after a reload (the router waits
 * for it): they then render at once, and the reader is put back where they were among them.
 */
export function prepareSearch(query: string): Promise<void> {
  const key = queryTerms(query).join(' ');
  return key === '' || remembered.has(key) ? Promise.resolve() : find(key).then(() => {});
}

/**
 * The search for `query` (the address's `?q=`), once the page is live: its results as the index
 * gives them, the first ten loaded, and a way to load more. A query with no words to search
 * (punctuation, bidi controls) is 'empty', never an error.
 */
export function useSearch(query: string): { state: SearchState; loadMore: () => void } {
  const hydrated = useHydrated();
  const terms = queryTerms(query);
  const key = terms.join(' ');
  const [own, setOwn] = useState<Found | null>(null);
  const found = own?.key === key ? own : (remembered.get(key) ?? own);

  useEffect(() => {
    if (!hydrated || key === '' || remembered.has(key)) return;
    let current = true;
    find(key).then(
      (next) => current && setOwn(next),
      () => current && setOwn({ key, results: null, hits: [] }),
    );
    return () => {
      current = false;
    };
  }, [hydrated, key]);

  const loadMore = () => {
    if (!found?.results) return;
    const { results, hits } = found;
    void results.load(hits.length, hits.length + RESULTS_PAGE).then((more) => {
      const next = { ...found, hits: [...hits, ...more] };
      remember(next);
      setOwn(next);
    });
  };

  let state: SearchState;
  if (query.trim() === '' || !hydrated) state = { status: 'idle' };
  else if (key === '') state = { status: 'empty' };
  else if (found?.key !== key) state = { status: 'searching' };
  else if (found.results === null) state = { status: 'failed' };
  else state = { status: 'done', total: found.results.total, hits: found.hits, terms };
  return { state, loadMore };
}
