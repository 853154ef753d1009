import type { ReactNode } from 'react';
import { findLtrRuns, stripBidiControls } from '../lib/text-direction.ts';

/** A left-to-right run of words this short («3 novembre 2017») is kept on one line; a longer one may break. */
const SHORT_RUN = 20;

/**
 * The class of an isolated left-to-right run: `nowrap` for a short run of several words, so it
 * is not split across lines inside Arabic text. A single word (a handle, a link) gets none: it
 * has nowhere to break but where it would overflow, and at a large text size a link
 * («pic.twitter.com/…») is wider than a phone's line.
 */
export function ltrRunClass(run: string): string | undefined {
  return run.length <= SHORT_RUN && /\s/u.test(run) ? 'nowrap' : undefined;
}

/**
 * Text whose left-to-right runs (Latin names, dates, links) are isolated inside Arabic lines.
 * Bidi controls in the text are dropped: isolation is the app's job, done with elements.
 */
export function BidiText({ text: raw }: { text: string }) {
  const text = stripBidiControls(raw);
  const runs = findLtrRuns(text);
  if (runs.length === 0) return text;
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const run of runs) {
    if (run.start > cursor) parts.push(text.slice(cursor, run.start));
    parts.push(
      <bdi key={run.start} dir="ltr" className={ltrRunClass(text.slice(run.start, run.end))}>
        {text.slice(run.start, run.end)}
      </bdi>,
    );
    cursor = run.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return parts;
}
