import type { TextRun } from '../lib/text-direction.ts';
import { segmentText, type TextSegment } from '../lib/segments.ts';
import { ltrRunClass } from './bidi-text.tsx';
import { TagBreaks } from './tag-breaks.tsx';

/** One segment of a text: its left-to-right run isolated, its match marked. */
export function Segment({ segment }: { segment: TextSegment }) {
  const text = segment.ltr ? (
    <bdi dir="ltr" className={ltrRunClass(segment.text)}>
      <TagBreaks text={segment.text} />
    </bdi>
  ) : (
    <TagBreaks text={segment.text} />
  );
  return segment.mark ? <mark>{text}</mark> : text;
}

/** A text with ranges marked (a tag's or a search's matches) and its left-to-right runs isolated. */
export function MarkedText({ text, marks }: { text: string; marks: readonly TextRun[] }) {
  return segmentText(text, { marks }).map((segment) => <Segment key={segment.start} segment={segment} />);
}
