/**
 * Splits a text into flat segments by several layers of ranges (left-to-right runs to isolate,
 * search marks, citations), so a component can nest the right elements without any logic.
 */
import { findLtrRuns, type TextRun } from './text-direction.ts';

export type CitationRange = TextRun & { readonly id: string };

export type TextSegment = {
  readonly text: string;
  readonly start: number;
  /** Where the left-to-right run the segment is part of starts (null: none): one isolate holds all of a run's segments. */
  readonly ltrRun: number | null;
  readonly mark: boolean;
  readonly citationId: string | null;
};

export type CitationGroup = { readonly citationId: string | null; readonly segments: readonly TextSegment[] };

function inside(ranges: readonly TextRun[], at: number): TextRun | undefined {
  return ranges.find((range) => range.start <= at && at < range.end);
}

/** Flat segments of `text`; each boundary of any layer starts a new segment. */
export function segmentText(text: string, layers: { marks?: readonly TextRun[]; citations?: readonly CitationRange[] } = {}): TextSegment[] {
  const marks = layers.marks ?? [];
  const citations = layers.citations ?? [];
  const ltr = findLtrRuns(text);
  const cuts = new Set<number>([0, text.length]);
  for (const range of [...ltr, ...marks, ...citations]) {
    cuts.add(Math.max(0, Math.min(text.length, range.start)));
    cuts.add(Math.max(0, Math.min(text.length, range.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? text.length;
    if (end <= start) continue;
    const citation = citations.find((range) => range.start <= start && start < range.end);
    segments.push({
      text: text.slice(start, end),
      start,
      ltrRun: inside(ltr, start)?.start ?? null,
      mark: inside(marks, start) !== undefined,
      citationId: citation?.id ?? null,
    });
  }
  return segments;
}

/** Consecutive segments that share a citation (or none), for one wrapping element each. */
export function groupByCitation(segments: readonly TextSegment[]): CitationGroup[] {
  const groups: CitationGroup[] = [];
  for (const segment of segments) {
    const last = groups.at(-1);
    if (last && last.citationId === segment.citationId) groups[groups.length - 1] = { ...last, segments: [...last.segments, segment] };
    else groups.push({ citationId: segment.citationId, segments: [segment] });
  }
  return groups;
}

export type RunGroup = { readonly ltrRun: number | null; readonly segments: readonly TextSegment[] };

/**
 * Consecutive segments of one left-to-right run together (each outside a run alone): one
 * isolate holds a whole run, so a mark inside it never cuts it in two isolates that a
 * right-to-left line would set in the opposite order.
 */
export function groupByRun(segments: readonly TextSegment[]): RunGroup[] {
  const groups: RunGroup[] = [];
  for (const segment of segments) {
    const last = groups.at(-1);
    if (last && segment.ltrRun !== null && last.ltrRun === segment.ltrRun) groups[groups.length - 1] = { ...last, segments: [...last.segments, segment] };
    else groups.push({ ltrRun: segment.ltrRun, segments: [segment] });
  }
  return groups;
}
