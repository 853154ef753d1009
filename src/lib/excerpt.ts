let graphemes: Intl.Segmenter | null = null;

/**
 * The last place at or before `index` where `text` may be cut: never inside a user-perceived
 * character (a flag, an emoji sequence, a letter and its harakat, a surrogate pair).
 */
function cutAtOrBefore(text: string, index: number): number {
  if (index <= 0 || index >= text.length) return Math.max(0, Math.min(index, text.length));
  graphemes ??= new Intl.Segmenter('ar', { granularity: 'grapheme' });
  // A cluster is short: segmenting a little past the cut finds the one it falls in.
  return graphemes.segment(text.slice(0, index + 32)).containing(index)?.index ?? index;
}

/**
 * The opening of a text for a preview (a list, a share sheet, a page description): white space
 * flattened, cut at a word boundary, with «…» when cut. Never cuts inside a character as the
 * reader sees it (a flag, an emoji sequence, a letter and its harakat).
 */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, cutAtOrBefore(flat, max));
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s،,؛;:.]+$/u, '')}…`;
}

export type MarkedExcerpt = { readonly text: string; readonly marks: readonly (readonly [number, number])[] };

/**
 * A window of at most about `max` characters of `text` around its first marked range, cut at
 * spaces, with «…» where cut, and the marks that fall inside it moved to the window's offsets.
 * The whole text when it is short enough. White space is kept as written (marks are offsets).
 */
export function excerptAround(text: string, marks: readonly (readonly [number, number])[], max: number): MarkedExcerpt {
  if (text.length <= max) return { text, marks };
  const first = marks[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(max / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  start = cutAtOrBefore(text, start);
  end = cutAtOrBefore(text, end);
  const before = start > 0 ? '…' : '';
  const after = end < text.length ? '…' : '';
  const shift = before.length - start;
  const inside = marks
    .filter(([from, to]) => from >= start && to <= end)
    .map(([from, to]): readonly [number, number] => [from + shift, to + shift]);
  return { text: `${before}${text.slice(start, end)}${after}`, marks: inside };
}
