/**
 * An article's hashtags and what filtering by each shows, worked out when the site is built and
 * shipped with the article's data (issue #22): the browser looks a tag up instead of normalizing
 * the whole article. Tags are grouped by their matching key (Arabic normalization + case
 * folding, src/lib/arabic-normalize.ts); a filter shows the tweets that carry the tag and the
 * paragraphs that mention its words, with the places to mark. A key the index does not hold (a
 * hand-typed `?tag=`) is matched against the prose on demand with the same functions.
 */
import type { Article } from '../../../content/schema.ts';
import { findKeyInText, normalizeWithOrigins, toMatchKey, type NormalizedText } from '../../../lib/arabic-normalize.ts';

export type TagEntry = {
  /** The matching key: what the URL's `?tag=` is compared by. */
  readonly key: string;
  /** The most frequent written form (first seen on a tie), shown to readers. */
  readonly label: string;
  /** How many blocks the filter shows (tweets carrying it, paragraphs mentioning it). */
  readonly count: number;
};

/**
 * What a filter by one key shows, as plain JSON (arrays, never objects keyed by content): block
 * ids in reading order, and the UTF-16 [start, end) ranges to mark in each paragraph.
 */
export type TagMatches = {
  readonly visible: readonly string[];
  readonly marks: readonly (readonly [paragraphId: string, ranges: readonly (readonly [number, number])[]])[];
};

export type IndexedTag = TagEntry & { readonly matches: TagMatches };

export type TagIndex = {
  /** Most blocks first, then by key. */
  readonly tags: readonly IndexedTag[];
  readonly totalBlocks: number;
};

const normalizedParagraphs = new WeakMap<Article, ReadonlyMap<string, NormalizedText>>();

function paragraphsOf(article: Article): ReadonlyMap<string, NormalizedText> {
  let paragraphs = normalizedParagraphs.get(article);
  if (!paragraphs) {
    paragraphs = new Map(article.blocks.flatMap((block) => (block.type === 'paragraph' ? [[block.id, normalizeWithOrigins(block.text)] as const] : [])));
    normalizedParagraphs.set(article, paragraphs);
  }
  return paragraphs;
}

/** The blocks a filter by `key` shows: tweets carrying the tag, paragraphs naming its words. */
export function matchTagKey(article: Article, key: string): TagMatches {
  const paragraphs = paragraphsOf(article);
  const visible: string[] = [];
  const marks: [string, (readonly [number, number])[]][] = [];
  for (const block of article.blocks) {
    if (block.type === 'tweet') {
      if (block.hashtags.some((tag) => toMatchKey(tag) === key)) visible.push(block.id);
      continue;
    }
    const normalized = paragraphs.get(block.id);
    const ranges = findKeyInText(block.text, key, normalized);
    if (ranges.length === 0) continue;
    visible.push(block.id);
    marks.push([block.id, ranges.map((range) => [range.start, range.end] as const)]);
  }
  return { visible, marks };
}

// Made on first use: indexes are built with the content, in Node (decision 0009), and the
// browser, which loads this module for the filter, never pays a collator's start-up (0010).
let collator: Intl.Collator | undefined;

/**
 * The order of tags that occur as often: alphabetical by their normalized keys, numbers by
 * value (#وسم_9 before #وسم_10), then by code point, so that the order is total and stable.
 */
export function compareTagKeys(a: string, b: string): number {
  collator ??= new Intl.Collator('ar', { numeric: true });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The article's tag index: every tag its tweets carry, with its filter. */
export function buildTagIndex(article: Article): TagIndex {
  const forms = new Map<string, Map<string, number>>();
  for (const block of article.blocks) {
    if (block.type !== 'tweet') continue;
    for (const tag of block.hashtags) {
      const key = toMatchKey(tag);
      if (key === '') continue;
      const counts = forms.get(key) ?? new Map<string, number>();
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
      forms.set(key, counts);
    }
  }
  const tags: IndexedTag[] = [];
  for (const [key, counts] of forms) {
    let label = '';
    let best = 0;
    for (const [form, count] of counts) {
      if (count > best) {
        label = form;
        best = count;
      }
    }
    const matches = matchTagKey(article, key);
    tags.push({ key, label, count: matches.visible.length, matches });
  }
  tags.sort((a, b) => b.count - a.count || compareTagKeys(a.key, b.key));
  return { tags, totalBlocks: article.blocks.length };
}
