import type { ReactNode } from 'react';
import type { TextRun } from '../lib/text-direction.ts';
import { segmentText, type TextSegment } from '../lib/segments.ts';
import { ltrRunClass } from './bidi-text.tsx';
import { TagBreaks } from './tag-breaks.tsx';

/** One piece of a text, its match marked. */
function Piece({ segment }: { segment: TextSegment }) {
  const text = <TagBreaks text={segment.text} />;
  return segment.mark ? <mark>{text}</mark> : text;
}

/**
 * Segments in order, each left-to-right run isolated once with its pieces inside: a mark or a
 * cut inside a run («pic» of «pic.twitter.com/…») must not make two isolates of it, which a
 * right-to-left line would set in the opposite order («.twitter.com/…pic»).
 */
export function Segments({ segments }: { segments: readonly TextSegment[] }) {
  const parts: ReactNode[] = [];
  for (let at = 0; at < segments.length; ) {
    const first = segments[at];
    if (!first) break;
    let end = at + 1;
    while (first.ltrRun !== null && segments[end]?.ltrRun === first.ltrRun) end += 1;
    const run = segments.slice(at, end);
    const pieces = run.map((segment) => <Piece key={segment.start} segment={segment} />);
    if (first.ltrRun === null) parts.push(...pieces);
    else {
      parts.push(
        <bdi key={first.start} dir="ltr" className={ltrRunClass(run.map((segment) => segment.text).join(''))}>
          {pieces}
        </bdi>,
      );
    }
    at = end;
  }
  return parts;
}

/** A text with ranges marked (a tag's or a search's matches) and its left-to-right runs isolated. */
export function MarkedText({ text, marks }: { text: string; marks: readonly TextRun[] }) {
  return <Segments segments={segmentText(text, { marks })} />;
}
