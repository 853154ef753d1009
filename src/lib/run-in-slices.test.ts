import { expect, test } from 'vitest';
import { runInSlices, runToEnd } from './run-in-slices.ts';

function* countTo(n: number, log: number[]): Generator<void, number> {
  for (let i = 1; i <= n; i++) {
    log.push(i);
    yield;
  }
  return n * 10;
}

test('runToEnd runs every step and returns the result', () => {
  const log: number[] = [];
  expect(runToEnd(countTo(5, log))).toBe(50);
  expect(log).toEqual([1, 2, 3, 4, 5]);
});

test('runInSlices pauses whenever a slice has used its budget, and returns the same result', async () => {
  const log: number[] = [];
  const pausedAfter: number[] = [];
  const result = await runInSlices(countTo(7, log), {
    // Each step costs 2 ms on this clock (it reads the steps done): a 3 ms budget fits two.
    now: () => log.length * 2,
    pause: () => {
      pausedAfter.push(log.length);
      return Promise.resolve();
    },
    budgetMs: 3,
  });
  expect(result).toBe(70);
  expect(log).toEqual([1, 2, 3, 4, 5, 6, 7]);
  expect(pausedAfter).toEqual([2, 4, 6]);
});

test('runInSlices never pauses when the work fits in one slice', async () => {
  let pauses = 0;
  const result = await runInSlices(countTo(3, []), {
    now: () => 0,
    pause: () => {
      pauses += 1;
      return Promise.resolve();
    },
    budgetMs: 5,
  });
  expect(result).toBe(30);
  expect(pauses).toBe(0);
});
