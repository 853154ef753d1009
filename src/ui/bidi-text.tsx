import type { ReactNode } from 'react';
import { findLtrRuns, stripBidiControls } from '../lib/text-direction.ts';

/** A left-to-right run this short («3 novembre 2017», «Mourad*») is kept on one line; a long one (a URL) may break. */
export const SHORT_RUN = 32;

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
      <bdi key={run.start} dir="ltr" className={run.end - run.start <= SHORT_RUN ? 'nowrap' : undefined}>
        {text.slice(run.start, run.end)}
      </bdi>,
    );
    cursor = run.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return parts;
}
