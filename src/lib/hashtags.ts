/**
 * Hashtag extraction following twitter-text 3.1 (conformance/extract.yml), with one documented
 * deviation (docs/decisions/0002-glued-hashtags.md): a `#` directly after a tag starts a new tag,
 * so scraped text that lost a line break («#بالدير_محيناها#اسود_الديرالزور») keeps both tags.
 * A tag whose letters are only tatweel is not a tag.
 */
import { HASHTAG_LETTERS } from './hashtag-letters.ts';

export type HashtagMatch = {
  /** The tag without its `#`, exactly as written. */
  readonly tag: string;
  /** UTF-16 offsets in the text, `#` included, end exclusive (twitter-text's `indices`). */
  readonly start: number;
  readonly end: number;
};

const HASH_SIGNS = new Set(['#', '\uFF03']);
const ALPHA = /[\p{L}\p{M}]/u;
const ALPHANUMERIC = new RegExp(`[${HASHTAG_LETTERS}]`, 'u');
const TATWEEL = '\u0640';

/** URL-like runs (with or without a scheme) in which a `#` is a fragment, never a tag. */
const URL_LIKE =
  /(?:https?:\/\/[^\s]+|(?<![\p{L}\p{N}@_.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}(?:\/[^\s]*)?)/giu;

function codePointAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text.slice(index - 1, index);
}

function isBoundary(previous: string): boolean {
  return previous === '' || previous === '\uFE0E' || previous === '\uFE0F' || (previous !== '&' && !ALPHANUMERIC.test(previous));
}

function hasRealLetter(body: string): boolean {
  for (const ch of body) if (ch !== TATWEEL && ALPHA.test(ch)) return true;
  return false;
}

/** Ranges of URL-like runs in `text` (UTF-16 offsets, end exclusive). */
export function findUrlRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(URL_LIKE)) {
    ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/** Every hashtag in `text`, in order, with its offsets. */
export function extractHashtagsWithIndices(text: string): HashtagMatch[] {
  const found: HashtagMatch[] = [];
  let previousTagEnd = -1;
  let i = 0;
  while (i < text.length) {
    const ch = codePointAt(text, i);
    if (!HASH_SIGNS.has(ch) || !(i === previousTagEnd || isBoundary(codePointBefore(text, i)))) {
      i += ch.length || 1;
      continue;
    }
    const next = codePointAt(text, i + 1);
    let j = i + 1;
    if (next !== '\uFE0F' && next !== '\u20E3') {
      while (j < text.length) {
        const c = codePointAt(text, j);
        if (!ALPHANUMERIC.test(c)) break;
        j += c.length;
      }
    }
    const body = text.slice(i + 1, j);
    if (body.length > 0 && hasRealLetter(body) && !text.startsWith('://', j)) {
      found.push({ tag: body, start: i, end: j });
      previousTagEnd = j;
    }
    i = Math.max(j, i + 1);
  }
  const urls = findUrlRanges(text);
  return found.filter((tag) => !urls.some((url) => tag.start < url.end && url.start < tag.end));
}

/** The tags in `text`, without `#`, in order of appearance. */
export function extractHashtags(text: string): string[] {
  return extractHashtagsWithIndices(text).map((match) => match.tag);
}
