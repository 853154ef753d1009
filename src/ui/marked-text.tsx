import { Fragment } from 'react';
import { withoutBidiControls, type TextRun } from '../lib/text-direction.ts';
import { groupByRun, segmentText, type TextSegment } from '../lib/segments.ts';
import { ltrRunClass } from './bidi-text.tsx';
import { TagBreaks } from './tag-breaks.tsx';

/** One piece of a text, its match marked. */
function Piece({ segment }: { segment: TextSegment }) {
  return <TagBreaks text={segment.text} wrap={segment.mark ? (text) => <mark>{text}</mark> : undefined} />;
}

/** Segments in order, each left-to-right run one isolate with its pieces inside (groupByRun). */
export function Segments({ segments }: { segments: readonly TextSegment[] }) {
  return groupByRun(segments).map(({ ltrRun, segments: run }) => {
    const pieces = run.map((segment) => <Piece key={segment.start} segment={segment} />);
    const key = run[0]?.start ?? 0;
    return ltrRun === null ? (
      <Fragment key={key}>{pieces}</Fragment>
    ) : (
      <bdi key={key} dir="ltr" className={ltrRunClass(run.map((segment) => segment.text).join(''))}>
        {pieces}
      </bdi>
    );
  });
}

/** A text with ranges marked (a tag's or a search's matches), its left-to-right runs isolated and its bidi controls dropped. */
export function MarkedText({ text, marks }: { text: string; marks: readonly TextRun[] }) {
  const clean = withoutBidiControls(text, marks);
  return <Segments segments={segmentText(clean.text, { marks: clean.ranges })} />;
}
