/**
 * The filter a `?tag=` value asks for: nothing, an unusable value, or a tag with what it shows.
 * The article's own tags are looked up in its index (built with the site); any other key is
 * matched against the prose on demand. Results are kept per index and key, so choosing the same
 * tag twice gives the same marks and unchanged paragraphs are not redrawn.
 */
import type { Article } from '../../../content/schema.ts';
import { toMatchKey, type TextRange } from '../../../lib/arabic-normalize.ts';
import { stripBidiControls } from '../../../lib/text-direction.ts';
import { matchTagKey, type TagEntry, type TagIndex, type TagMatches } from './tag-index.ts';

export type TagFilter =
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid' }
  | {
      readonly kind: 'active';
      readonly key: string;
      /** The tag as shown to readers: the article's written form, else the value as typed. */
      readonly label: string;
      /** The article's tag of that key, or null for a tag no tweet of the article carries. */
      readonly entry: TagEntry | null;
      readonly visible: ReadonlySet<string>;
      readonly marks: ReadonlyMap<string, readonly TextRange[]>;
    };

export const NO_FILTER: TagFilter = { kind: 'none' };

/** Longest `?tag=` value worth looking at; anything longer is no tag of ours. */
export const MAX_TAG_PARAM = 280;

/**
 * The matching key for a `?tag=` value, or null when there is nothing usable in it or it was
 * mangled on the way (broken percent-encoding). Bidi controls and invisible characters go
 * first, so the key and the label shown are made of the same text.
 */
export function tagParamToKey(param: string | null): string | null {
  if (param === null || param.length === 0 || param.length > MAX_TAG_PARAM) return null;
  // U+FFFD stands where the address had bytes that are no text (a link cut inside a letter).
  if (param.includes('\uFFFD')) return null;
  const key = toMatchKey(stripBidiControls(param));
  return key === '' ? null : key;
}

type Resolved = { readonly entry: TagEntry | null; readonly visible: ReadonlySet<string>; readonly marks: ReadonlyMap<string, readonly TextRange[]> };

const resolvedByIndex = new WeakMap<TagIndex, Map<string, Resolved>>();

function toResolved(entry: TagEntry | null, matches: TagMatches): Resolved {
  return {
    entry,
    visible: new Set(matches.visible),
    marks: new Map(matches.marks.map(([id, ranges]) => [id, ranges.map(([start, end]) => ({ start, end }))])),
  };
}

function resolveKey(index: TagIndex, article: Article, key: string): Resolved {
  let byKey = resolvedByIndex.get(index);
  if (!byKey) {
    byKey = new Map();
    resolvedByIndex.set(index, byKey);
  }
  let resolved = byKey.get(key);
  if (!resolved) {
    const tag = index.tags.find((candidate) => candidate.key === key);
    resolved = tag ? toResolved({ key: tag.key, label: tag.label, count: tag.count }, tag.matches) : toResolved(null, matchTagKey(article, key));
    byKey.set(key, resolved);
  }
  return resolved;
}

/** What the page shows for a `?tag=` value. */
export function resolveTagParam(index: TagIndex, article: Article, param: string | null): TagFilter {
  if (param === null) return NO_FILTER;
  const key = tagParamToKey(param);
  if (key === null) return { kind: 'invalid' };
  const { entry, visible, marks } = resolveKey(index, article, key);
  const label = entry?.label ?? stripBidiControls(param).replace(/^[#\uFF03]/u, '');
  return { kind: 'active', key, label, entry, visible, marks };
}

/**
 * Whether a block stays visible under a filter. An unusable `?tag=` (a mistyped or cut link), or
 * a tag the article has nowhere, filters nothing: the reader gets the whole article, with a
 * notice saying why, never an empty page.
 */
export function isBlockVisible(filter: TagFilter, blockId: string): boolean {
  return filter.kind !== 'active' || filter.visible.size === 0 || filter.visible.has(blockId);
}

/** Whether a written tag is the one the filter is set to (compared by matching key). */
export function isActiveTag(filter: TagFilter, tag: string): boolean {
  return filter.kind === 'active' && toMatchKey(tag) === filter.key;
}
