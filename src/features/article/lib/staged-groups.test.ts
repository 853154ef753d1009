import fc from 'fast-check';
import { expect, test } from 'vitest';
import { GROUP_SIZE, advance, groupBlocks, isWaiting, restage, settled } from './staged-groups.ts';

test('blocks are grouped in order, every one once', () => {
  fc.assert(
    fc.property(fc.array(fc.integer(), { maxLength: 300 }), fc.integer({ min: 1, max: 64 }), (items, size) => {
      const groups = groupBlocks(items, size);
      expect(groups.flat()).toEqual(items);
      expect(groups.every((group) => group.length > 0 && group.length <= size)).toBe(true);
    }),
  );
  expect(groupBlocks(Array.from({ length: 70 }, (_, index) => index)).map((group) => group.length)).toEqual([GROUP_SIZE, GROUP_SIZE, 6]);
  expect(() => groupBlocks([1], 0)).toThrow(RangeError);
});

test('a new view reaches the reader\'s group first, then those below, then those above, nearest first', () => {
  const staging = restage('v', 6, 2);
  expect(staging.waiting).toEqual([3, 4, 5, 1, 0]);
  expect(isWaiting(staging, 2)).toBe(false);
  expect(isWaiting(staging, 0)).toBe(true);
  expect(advance(advance(staging)).waiting).toEqual([5, 1, 0]);
});

test('every group takes the view exactly once, whatever the anchor', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: -5, max: 120 }), (count, anchor) => {
      let staging = restage('v', count, anchor);
      const taken = Array.from({ length: count }, (_, group) => group).filter((group) => !isWaiting(staging, group));
      expect(taken.length).toBe(count === 0 ? 0 : 1);
      while (staging.waiting.length > 0) {
        taken.push(staging.waiting[0]!);
        staging = advance(staging);
      }
      expect(taken.sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, group) => group));
    }),
  );
});

test('a settled view has nothing waiting, and advancing it changes nothing', () => {
  const staging = settled('v');
  expect(staging.waiting).toEqual([]);
  expect(advance(staging)).toBe(staging);
});
