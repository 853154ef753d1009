import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { searchText } from '../../../lib/search-page-text.ts';
import { appText, archivePageText, hashtagText } from '../../../lib/ui-text.ts';
import { pathOf } from '../../../lib/addresses.ts';
import { tagPageLabel } from '../../../ui/tag-page.ts';
import { Digits } from '../../../ui/digits.tsx';
import { PlaceArticleHeading, PlaceQuote } from '../../../ui/place-quote.tsx';
import { useHydrated } from '../../../ui/use-hydrated.tsx';
import { stripBidiControls } from '../../../lib/text-direction.ts';
import { MAX_QUERY, hashtagOfQuery, isArticleAlone, matchRanges } from '../lib/search-text.ts';
import { useSearch, type SearchState } from '../use-search.ts';
import styles from './search-page.module.css';

type Props = {
  /** The address's `?q=` ('' when there is none). */
  readonly query: string;
  /** A new search: the page's address changes to it (so it can be shared, and Back returns). */
  readonly onSearch: (query: string) => void;
};

/** The query as the page says it: isolated in a sentence (FSI…PDI), so without bidi controls of its own, which would break out. */
function shownQuery(query: string): string {
  return stripBidiControls(query.slice(0, MAX_QUERY)).trim();
}

function Status({ state, shown }: { state: SearchState; shown: string }) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'empty':
      return isArticleAlone(shown) ? searchText.articleAlone : searchText.emptyQuery;
    case 'searching':
      return searchText.searching;
    case 'failed':
      return searchText.failed;
    case 'done':
      return state.total === 0 ? (
        searchText.noResults(shown)
      ) : (
        <Digits>
          {(digits) => `${searchText.results(state.total, shown, digits)}${state.total > state.hits.length ? ` ${searchText.shown(state.hits.length, digits)}` : ''}`}
        </Digits>
      );
  }
}

/**
 * For a query that is a hashtag, the label of the site's page of that tag, once known (null: none,
 * or not a hashtag): the results are the tag's words wherever they stand, its page is where it is.
 */
function useTagPage(shown: string): string | null {
  const tag = hashtagOfQuery(shown);
  const [found, setFound] = useState<{ tag: string; label: string | null } | null>(null);
  useEffect(() => {
    if (tag === null) return;
    let current = true;
    void tagPageLabel(tag).then((label) => current && setFound({ tag, label }));
    return () => {
      current = false;
    };
  }, [tag]);
  return found !== null && found.tag === tag ? found.label : null;
}

/**
 * The search page: a form that works as a plain GET form without JavaScript (the page then
 * offers the tags instead), the status of the search in a live region, and results that link
 * to their paragraph, their matches marked.
 */
export function SearchPage({ query, onSearch }: Props) {
  const hydrated = useHydrated();
  const { state, loadMore } = useSearch(query);
  const fieldId = useId();
  const list = useRef<HTMLOListElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // The tab says what was searched for (a row of tabs, or the history, of searches).
  const shown = shownQuery(query);
  const tagPage = useTagPage(shown);
  useEffect(() => {
    if (shown === '') return;
    const title = document.title;
    document.title = appText.tabTitle(searchText.titleFor(shown.slice(0, 80)));
    return () => {
      document.title = title;
    };
  }, [shown]);

  // The field shows the address's query when the address changes under it (Back, Forward, a
  // link), never over what the reader typed: the words typed while the app was starting stay,
  // and so do those typed after a search was sent, before its address arrived here.
  const started = useRef(false);
  const sent = useRef<string | null>(null);
  useEffect(() => {
    const field = input.current;
    if (!field || !hydrated) return;
    const typed = !started.current && field.value !== '';
    started.current = true;
    const own = sent.current === query;
    sent.current = null;
    if (!typed && !own && field.value !== query) field.value = query.slice(0, MAX_QUERY);
  }, [query, hydrated]);

  // After «مزيد من النتائج», focus goes to the first result added (the button may be gone).
  const focusFrom = useRef<number | null>(null);
  const shownCount = state.status === 'done' ? state.hits.length : 0;
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || shownCount <= from) return;
    focusFrom.current = null;
    list.current?.children[from]?.querySelector('a')?.focus();
  }, [shownCount]);
  const more = () => {
    focusFrom.current = shownCount;
    loadMore();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = input.current?.value ?? '';
    sent.current = value;
    onSearch(value);
  };

  return (
    <section aria-labelledby="search-title" className={styles.section}>
      <h1 id="search-title">{archivePageText.searchTitle}</h1>
      <form action="/search" method="get" role="search" aria-labelledby="search-title" className={styles.form} onSubmit={hydrated ? submit : undefined}>
        <label htmlFor={fieldId} className={styles.label}>
          {searchText.label}
        </label>
        <div className={styles.row}>
          <input ref={input} id={fieldId} name="q" type="search" className={styles.field} maxLength={MAX_QUERY} defaultValue={query.slice(0, MAX_QUERY)} dir="auto" autoComplete="off" enterKeyHint="search" />
          <button type="submit" className="text-button">
            {searchText.submit}
          </button>
        </div>
      </form>
      <p className={styles.hint}>{searchText.hint}</p>
      {/* Hidden where the app's scripts run (the boot script marks the page): a reader whose
          page is still starting is not told that search needs JavaScript. */}
      <p className={styles.needsScript}>
        {searchText.needsScript} <Link to="/tags">{appText.allTags}</Link>
      </p>
      <p role="status" className={styles.status}>
        <Status state={state} shown={shown} />
      </p>
      {/* With the results, not before them: nothing under the status moves when they come. */}
      {tagPage !== null && state.status === 'done' && (
        <p className={styles.tagPage}>
          <Link to={pathOf({ kind: 'tag', label: tagPage, page: 1 }) ?? '/tags'}>{hashtagText.everywhere(tagPage)}</Link>
        </p>
      )}
      {state.status === 'done' && state.hits.length > 0 && (
        <ol ref={list} className={styles.results}>
          {state.hits.map((hit) => (
            <li key={hit.url} className={styles.result}>
              <PlaceArticleHeading headline={hit.headline} />
              <PlaceQuote
                kind={hit.kind}
                author={hit.author}
                handle={hit.handle}
                text={hit.text}
                marks={matchRanges(hit.text, state.terms).map((range) => [range.start, range.end] as const)}
                markAuthor={(text) => matchRanges(text, state.terms)}
                href={hit.url}
              />
            </li>
          ))}
        </ol>
      )}
      {state.status === 'done' && state.hits.length < state.total && (
        <button type="button" className="text-button" onClick={more}>
          {searchText.more}
        </button>
      )}
    </section>
  );
}
