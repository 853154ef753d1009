import { useNavigate, useSearchParams } from 'react-router-dom';
import { SearchPage } from '../features/search/components/search-page.tsx';
import { prepareSearch } from '../features/search/use-search.ts';
import { pathOf } from '../lib/addresses.ts';
import { useHydrated } from '../ui/use-hydrated.tsx';

/** `/search?q=…`: the query lives in the address, so a search can be shared and Back returns to it. */
export function SearchRoute() {
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // The prerendered page has no query: the address's is read once the page is live.
  const query = hydrated ? (params.get('q') ?? '') : '';
  const onSearch = (next: string) => {
    const path = pathOf({ kind: 'search' }) ?? '/search';
    void navigate(next.trim() === '' ? path : `${path}?q=${encodeURIComponent(next)}`);
  };
  return <SearchPage query={query} onSearch={onSearch} />;
}

/** The search page at `search` (its `?q=`) ready to show: its results at hand (app-router.tsx). */
export function prepareSearchRoute(search: string): Promise<void> {
  return prepareSearch(new URLSearchParams(search).get('q') ?? '');
}
