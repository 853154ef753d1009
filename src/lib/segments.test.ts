import { expect, test } from 'vitest';
import { groupByRun, segmentText } from './segments.ts';

test('a mark inside a left-to-right run stays in one group with the rest of the run', () => {
  const text = 'سوري pic.twitter.com/DEl9H2k77E';
  const groups = groupByRun(segmentText(text, { marks: [{ start: 5, end: 8 }] }));
  expect(groups.map((group) => [group.ltrRun, group.segments.map((segment) => segment.text)])).toEqual([
    [null, ['سوري ']],
    [5, ['pic', '.twitter.com/DEl9H2k77E']],
  ]);
  expect(groups[1]?.segments.map((segment) => segment.mark)).toEqual([true, false]);
});
