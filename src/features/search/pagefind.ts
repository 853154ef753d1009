/**
 * The search index in the browser: Pagefind's own script (/pagefind/pagefind.js, written by the
 * build, scripts/lib/search-index.ts), loaded the first time a reader searches. It fetches the
 * pieces of the index a query needs, and each result's record when it is shown.
 */
import { matchRanges } from './lib/search-text.ts';

/** A result as the index gives it back (what the build put in each record). */
export type SearchHit = {
  readonly url: string;
  readonly headline: string;
  readonly text: string;
  readonly kind: 'paragraph' | 'tweet';
  readonly author: string | null;
  readonly handle: string | null;
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

/**
 * Whether a result was found in its record's text. Pagefind also searches every metadata field
 * (the headline, kept for showing the result): a paragraph found by its article's headline alone
 * has no matched word in its text (`words` is empty), and is not a result.
 */
function foundInText(value: unknown): boolean {
  const words = field(value, 'words');
  return Array.isArray(words) && words.length > 0;
}

function hitOf(record: unknown): SearchHit {
  const meta = field(record, 'meta');
  const author = field(meta, 'author');
  const handle = field(meta, 'handle');
  return {
    url: text(field(record, 'url')),
    headline: text(field(meta, 'headline')),
    text: text(field(meta, 'text')),
    kind: field(meta, 'kind') === 'tweet' ? 'tweet' : 'paragraph',
    author: typeof author === 'string' ? author : null,
    handle: typeof handle === 'string' ? handle : null,
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

/** Whether a result holds `term` (as the page marks it: a word that begins with it), in its text or its tweet's author. */
function holds(hit: SearchHit, term: string): boolean {
  return [hit.text, hit.author ?? '', hit.handle ?? ''].some((text) => matchRanges(text, [term]).length > 0);
}

/**
 * Searches the index for the terms of a query (search-text.ts). A term the index has no word
 * for is not left out: Pagefind then searches the longest beginning of it that it has (its
 * "backtracking"), so «سوريات» would bring back every «سوريا». Such a term is in none of the
 * results, the best one included: when the best one lacks a term, nothing is found.
 */
export async function searchIndex(terms: readonly string[]): Promise<SearchResults> {
  const found = await (await loadEngine()).search(terms.join(' '));
  const results = field(found, 'results');
  const handles = Array.isArray(results) ? results.filter((result): result is Handle => isHandle(result) && foundInText(result)) : [];
  const load = async (from: number, to: number) => (await Promise.all(handles.slice(from, to).map((handle) => handle.data()))).map(hitOf);
  const [best] = await load(0, 1);
  if (best === undefined || !terms.every((term) => holds(best, term))) return { total: 0, load: async () => [] };
  return { total: handles.length, load };
}
