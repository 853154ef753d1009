/**
 * The search index in the browser: Pagefind's own script (/pagefind/pagefind.js, written by the
 * build, scripts/lib/search-index.ts), loaded the first time a reader searches. It fetches the
 * pieces of the index a query needs, and each result's record when it is shown.
 */

/** A result as the index gives it back (what the build put in each record). */
export type SearchHit = {
  readonly url: string;
  readonly headline: string;
  readonly text: string;
  readonly kind: 'paragraph' | 'tweet';
  readonly author: string | null;
};

export type SearchResults = {
  readonly total: number;
  /** Loads the records of results [from, to). */
  readonly load: (from: number, to: number) => Promise<SearchHit[]>;
};

type Handle = { data(): Promise<unknown> };
type Engine = { search(query: string): Promise<unknown> };

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function isHandle(value: unknown): value is Handle {
  return typeof field(value, 'data') === 'function';
}

function hitOf(record: unknown): SearchHit {
  const meta = field(record, 'meta');
  const author = field(meta, 'author');
  return {
    url: text(field(record, 'url')),
    headline: text(field(meta, 'headline')),
    text: text(field(meta, 'text')),
    kind: field(meta, 'kind') === 'tweet' ? 'tweet' : 'paragraph',
    author: typeof author === 'string' ? author : null,
  };
}

let engine: Promise<Engine> | null = null;

function loadEngine(): Promise<Engine> {
  engine ??= import(/* @vite-ignore */ `${window.location.origin}/pagefind/pagefind.js`).then(
    async (module: unknown) => {
      const search = field(module, 'search');
      const options = field(module, 'options');
      if (typeof search !== 'function') throw new Error('the search index has no search()');
      if (typeof options === 'function') await Reflect.apply(options, module, [{ basePath: '/pagefind/' }]);
      return { search: (query: string) => Promise.resolve(Reflect.apply(search, module, [query])) };
    },
    (error: unknown) => {
      // Not kept: the next search tries again (the reader may be back online).
      engine = null;
      throw error;
    },
  );
  return engine;
}

/** Searches the index for `query` (the terms of search-text.ts, joined). */
export async function searchIndex(query: string): Promise<SearchResults> {
  const found = await (await loadEngine()).search(query);
  const results = field(found, 'results');
  const handles = Array.isArray(results) ? results.filter(isHandle) : [];
  return {
    total: handles.length,
    load: async (from, to) => (await Promise.all(handles.slice(from, to).map((handle) => handle.data()))).map(hitOf),
  };
}
