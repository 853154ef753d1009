/**
 * Hashtag filtering of an article. Tags are grouped by their matching key (Arabic normalization
 * + case folding, src/lib/arabic-normalize.ts); a filter shows the tweets that carry the tag and
 * the paragraphs that mention its words, with the places to mark.
 */
import type { Article } from '../../../content/schema.ts';
import { findKeyInText, normalizeWithOrigins, toMatchKey, type NormalizedText, type TextRange } from '../../../lib/arabic-normalize.ts';
import { runInSlices, runToEnd, type SliceOptions } from '../../../lib/run-in-slices.ts';
import type { HashtagEntry, HashtagFilterResult, TagFilterState } from './filter-state.ts';

export type HashtagIndex = {
  readonly entries: readonly HashtagEntry[];
  readonly totalBlocks: number;
  /** Tag keys per tweet id. */
  readonly tweetKeys: ReadonlyMap<string, ReadonlySet<string>>;
  /** Normalized paragraph texts, computed once per article. */
  readonly paragraphs: ReadonlyMap<string, { readonly text: string; readonly normalized: NormalizedText }>;
  /** The filter of each of the article's own tags, worked out once: choosing a tag is a lookup. */
  readonly filters: ReadonlyMap<string, HashtagFilterResult>;
};

/** Longest `?tag=` value worth looking at; anything longer is no tag of ours. */
export const MAX_TAG_PARAM = 280;

// The tag list and the filter both ask for the index: normalize each article's text only once.
const indexes = new WeakMap<Article, HashtagIndex>();

/** Builds the article's hashtag list once (cached per article); filters then only look things up. */
export function buildHashtagIndex(article: Article): HashtagIndex {
  const cached = indexes.get(article);
  if (cached) return cached;
  const index = runToEnd(indexSteps(article));
  indexes.set(article, index);
  return index;
}

/**
 * The same index, built in slices (pausing between paragraphs and between tags) so that on a
 * slow phone it never holds the main thread in one long task.
 */
export async function buildHashtagIndexInSlices(article: Article, options: SliceOptions): Promise<HashtagIndex> {
  const cached = indexes.get(article);
  if (cached) return cached;
  const index = await runInSlices(indexSteps(article), options);
  indexes.set(article, index);
  return index;
}

/** The index if it has been built already. */
export function peekHashtagIndex(article: Article): HashtagIndex | undefined {
  return indexes.get(article);
}

function* indexSteps(article: Article): Generator<void, HashtagIndex> {
  const tweetKeys = new Map<string, Set<string>>();
  const forms = new Map<string, Map<string, number>>();
  const paragraphs = new Map<string, { text: string; normalized: NormalizedText }>();
  for (const block of article.blocks) {
    if (block.type === 'paragraph') {
      paragraphs.set(block.id, { text: block.text, normalized: normalizeWithOrigins(block.text) });
      yield;
      continue;
    }
    const keys = new Set<string>();
    for (const tag of block.hashtags) {
      const key = toMatchKey(tag);
      if (key === '') continue;
      keys.add(key);
      const counts = forms.get(key) ?? new Map<string, number>();
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
      forms.set(key, counts);
    }
    tweetKeys.set(block.id, keys);
  }
  const filters = new Map<string, HashtagFilterResult>();
  const entries: HashtagEntry[] = [];
  for (const [key, counts] of forms) {
    let label = '';
    let best = 0;
    for (const [form, count] of counts) {
      if (count > best) {
        label = form;
        best = count;
      }
    }
    const { visibleIds, marks } = yield* matchSteps({ tweetKeys, paragraphs }, key);
    // Tweet and paragraph ids are distinct: what the filter shows is what the tag counts.
    const entry = { key, label, count: visibleIds.size };
    filters.set(key, { entry, visibleIds, marks });
    entries.push(entry);
    yield;
  }
  // Ties in code-point order of the keys: for normalized Arabic (one alef, no harakat) that is
  // alphabetical order, and it needs no collator (whose first use loads ICU's data).
  entries.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { entries, totalBlocks: article.blocks.length, tweetKeys, paragraphs, filters };
}

/** The matching key for a `?tag=` value, or null when there is nothing usable in it. */
export function tagParamToKey(param: string | null): string | null {
  if (param === null || param.length === 0 || param.length > MAX_TAG_PARAM) return null;
  const key = toMatchKey(param);
  return key === '' ? null : key;
}

type MatchSource = Pick<HashtagIndex, 'tweetKeys' | 'paragraphs'>;

/** The paragraphs that mention `key` (with the places to mark) and the tweets that carry it. */
function* matchSteps(index: MatchSource, key: string): Generator<void, Omit<HashtagFilterResult, 'entry'>> {
  const marks = new Map<string, TextRange[]>();
  for (const [id, paragraph] of index.paragraphs) {
    const ranges = findKeyInText(paragraph.text, key, paragraph.normalized);
    if (ranges.length > 0) marks.set(id, ranges);
    yield;
  }
  const visibleIds = new Set<string>(marks.keys());
  for (const [id, keys] of index.tweetKeys) if (keys.has(key)) visibleIds.add(id);
  return { visibleIds, marks };
}

function collectMatches(index: MatchSource, key: string): Omit<HashtagFilterResult, 'entry'> {
  return runToEnd(matchSteps(index, key));
}

/**
 * What a filter by `key` shows and marks. A tag of the article is looked up; any other key (a
 * hand-typed `?tag=`) can still match words in the prose, but no tweet carries it.
 */
export function filterByKey(index: HashtagIndex, key: string): HashtagFilterResult {
  return index.filters.get(key) ?? { entry: null, ...collectMatches(index, key) };
}

/** What the page shows for a `?tag=` value: nothing filtered, an invalid value, or a filter. */
export function resolveTagParam(index: HashtagIndex, param: string | null): TagFilterState {
  if (param === null) return { kind: 'none' };
  const key = tagParamToKey(param);
  if (key === null) return { kind: 'invalid' };
  const result = filterByKey(index, key);
  return { kind: 'active', key, label: result.entry?.label ?? param.replace(/^[#\uFF03]/u, ''), result };
}

/** Whether a written tag is the one the filter is set to (compared by matching key). */
export function isActiveTag(state: TagFilterState, tag: string): boolean {
  return state.kind === 'active' && toMatchKey(tag) === state.key;
}
