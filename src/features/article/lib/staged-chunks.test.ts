import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { advanceStage, chunk, isApplied, isSettled, settledStage, startStage } from './staged-chunks.ts';

describe('chunk', () => {
  test('groups in order, the last one shorter', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([]);
  });

  test('keeps every item once, in order, in groups no larger than the size', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 50 }), (items, size) => {
        const groups = chunk(items, size);
        expect(groups.flat()).toEqual(items);
        expect(groups.every((group) => group.length >= 1 && group.length <= size)).toBe(true);
      }),
    );
  });

  test('refuses a size that is not a positive integer', () => {
    expect(() => chunk([1], 0)).toThrow(RangeError);
    expect(() => chunk([1], 1.5)).toThrow(RangeError);
  });
});

describe('staging a new view', () => {
  test('a settled stage has every group applied and nothing waiting', () => {
    const stage = settledStage('none');
    expect(isApplied(stage, 0)).toBe(true);
    expect(isApplied(stage, 500)).toBe(true);
    expect(isSettled(stage)).toBe(true);
  });

  test('the anchor group first, then the groups after it, then those before it, nearest first', () => {
    const stage = startStage('tag', 6, 2);
    expect([0, 1, 2, 3, 4, 5].filter((index) => isApplied(stage, index))).toEqual([2]);
    expect(stage.queue).toEqual([3, 4, 5, 1, 0]);
    expect(isSettled(stage)).toBe(false);
  });

  test('advancing applies the queue in order until it is settled', () => {
    let stage = startStage('tag', 4, 1);
    const order: number[] = [];
    while (!isSettled(stage)) {
      const next = advanceStage(stage);
      order.push(...[0, 1, 2, 3].filter((index) => isApplied(next, index) && !isApplied(stage, index)));
      stage = next;
    }
    expect(order).toEqual([2, 3, 0]);
    expect([0, 1, 2, 3].every((index) => isApplied(stage, index))).toBe(true);
    expect(advanceStage(stage)).toBe(stage);
  });

  test('an anchor out of range is brought inside it; no groups, nothing to do', () => {
    expect(startStage('tag', 3, 9).applied).toEqual(new Set([2]));
    expect(startStage('tag', 3, -4).applied).toEqual(new Set([0]));
    expect(startStage('tag', 3, Number.NaN).applied).toEqual(new Set([0]));
    expect(isSettled(startStage('tag', 0, 0))).toBe(true);
  });

  test('whatever the size, anchor and steps, every group is applied exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: -5, max: 205 }), fc.integer({ min: 1, max: 7 }), (count, anchor, steps) => {
        let stage = startStage('v', count, anchor);
        let rounds = 0;
        while (!isSettled(stage)) {
          stage = advanceStage(stage, steps);
          rounds += 1;
        }
        expect(stage.applied instanceof Set ? stage.applied.size : -1).toBe(count);
        expect(rounds).toBe(Math.ceil((count - 1) / steps));
      }),
    );
  });
});
