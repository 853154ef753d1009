/**
 * Text-quote anchoring after the W3C Web Annotation TextQuoteSelector: a quote is its exact
 * text plus a little context before (prefix) and after (suffix). Matching on the exact text lets
 * a quote survive edits elsewhere in the paragraph; the context picks the right occurrence when
 * the exact text appears more than once.
 */

export type TextQuote = {
  readonly exact: string;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
};

export type QuoteResolution =
  | { readonly status: 'found'; readonly start: number; readonly end: number }
  | { readonly status: 'missing' }
  | { readonly status: 'ambiguous'; readonly count: number };

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** Finds where `quote` stands in `text` (UTF-16 offsets, end exclusive). */
export function resolveQuote(text: string, quote: TextQuote): QuoteResolution {
  if (quote.exact === '') return { status: 'missing' };
  const starts: number[] = [];
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) starts.push(at);
  if (starts.length === 0) return { status: 'missing' };

  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const scored = starts.map((start) => {
    const end = start + quote.exact.length;
    const before = text.slice(Math.max(0, start - prefix.length), start);
    const after = text.slice(end, end + suffix.length);
    return { start, end, score: commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix) };
  });
  const best = Math.max(...scored.map((candidate) => candidate.score));
  const winners = scored.filter((candidate) => candidate.score === best);
  const [winner] = winners;
  if (winners.length > 1 || winner === undefined) return { status: 'ambiguous', count: winners.length };
  return { status: 'found', start: winner.start, end: winner.end };
}
