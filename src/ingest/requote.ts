/**
 * Where a quote whose words were edited now stands: from its first words to its last, when each
 * stands once in the new text (in that order) and the span is of a like length. A correction
 * that adds «الرسمي» inside a quoted sentence, or makes «10» «100» at its end, leaves its ends
 * where they were; ingest then proposes the citation again at the new words, for the editor to
 * confirm (never shown until then).
 */
const ANCHOR_WORDS = [3, 2] as const;
/** Shorter quotes have too few words for both ends to say where they stand. */
const MIN_WORDS = 4;
const WORD = '[\\p{L}\\p{M}\\p{N}]';
const SENTENCE_END = /[.!؟?](?=\s)/gu;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * The places `words` stand in `text` as whole words, written with any spaces between them; the
 * first may have gained letters before it («قال» → «وقال») when `grownAtStart`, the last letters
 * after it («10» → «100») when `grownAtEnd`.
 */
function places(text: string, words: readonly string[], grownAtStart: boolean, grownAtEnd: boolean): { start: number; end: number }[] {
  const pattern = new RegExp(`(?<!${WORD})${grownAtStart ? `${WORD}*` : ''}${words.map(escape).join('\\s+')}${grownAtEnd ? `${WORD}*` : ''}(?!${WORD})`, 'gu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** Whether `start`–`end` of `text` begins and ends where words do (a quote of «10» is not inside «100»). */
export function atWordEdges(text: string, start: number, end: number): boolean {
  const word = new RegExp(WORD, 'u');
  const cutAtStart = start > 0 && word.test(text.charAt(start - 1)) && word.test(text.charAt(start));
  const cutAtEnd = end < text.length && word.test(text.charAt(end)) && word.test(text.charAt(end - 1));
  return !cutAtStart && !cutAtEnd;
}

/** The new words of an edited quote in `text`, or null when its ends cannot be told apart there. */
export function requote(text: string, exact: string): string | null {
  const words = exact.trim().split(/\s+/u);
  if (words.length < MIN_WORDS) return null;
  for (const count of ANCHOR_WORDS) {
    const starts = places(text, words.slice(0, count), true, false);
    const ends = places(text, words.slice(-count), false, true);
    if (starts.length !== 1 || ends.length !== 1) continue;
    const [start] = starts;
    const [end] = ends;
    if (!start || !end || end.end <= start.end) continue;
    const span = text.slice(start.start, end.end);
    // Of a like length, and no more sentences than it had: not a span across the article's own words.
    if (span.length < (exact.length * 2) / 3 || span.length > exact.length * 1.5) return null;
    if ((span.match(SENTENCE_END) ?? []).length > (exact.match(SENTENCE_END) ?? []).length) return null;
    return span;
  }
  return null;
}
