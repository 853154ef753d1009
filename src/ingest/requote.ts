/**
 * Where a quote whose words were edited now stands: from its first words to its last, when each
 * stands once in the new text (in that order) and the span is of a like length. A correction
 * that adds «الرسمي» inside a quoted sentence leaves its ends as they were; ingest then proposes
 * the citation again at the new words, for the editor to confirm (never shown until then).
 */
const ANCHOR_WORDS = [3, 2] as const;
/** Shorter quotes have too few words for both ends to say where they stand. */
const MIN_WORDS = 4;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The places `words` stand in `text`, written with any spaces between them. */
function places(text: string, words: readonly string[]): { start: number; end: number }[] {
  const pattern = new RegExp(words.map(escape).join('\\s+'), 'gu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The new words of an edited quote in `text`, or null when its ends cannot be told apart there. */
export function requote(text: string, exact: string): string | null {
  const words = exact.trim().split(/\s+/u);
  if (words.length < MIN_WORDS) return null;
  for (const count of ANCHOR_WORDS) {
    const starts = places(text, words.slice(0, count));
    const ends = places(text, words.slice(-count));
    if (starts.length !== 1 || ends.length !== 1) continue;
    const [start] = starts;
    const [end] = ends;
    if (!start || !end || end.end <= start.end) continue;
    const span = text.slice(start.start, end.end);
    if (span.length < exact.length / 2 || span.length > exact.length * 2) return null;
    return span;
  }
  return null;
}
