import { describe, expect, it } from 'vitest';
import { pageItems } from './pagination.ts';

const shown = (current: number, count: number) => pageItems(current, count).map((item) => (item.kind === 'page' ? item.page : '…'));

describe('which page links a pagination shows', () => {
  it('every page when there are few', () => {
    expect(shown(1, 1)).toEqual([1]);
    expect(shown(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('the ends and two either side of the current page, a gap for the rest', () => {
    expect(shown(1, 250)).toEqual([1, 2, 3, '…', 250]);
    expect(shown(125, 250)).toEqual([1, '…', 123, 124, 125, 126, 127, '…', 250]);
    expect(shown(250, 250)).toEqual([1, '…', 248, 249, 250]);
    // A gap of one page is that page.
    expect(shown(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(shown(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, '…', 10]);
  });

  it('as many links on page 2 of 5,000 as on page 2 of 50', () => {
    expect(pageItems(2, 5000)).toHaveLength(pageItems(2, 50).length);
    for (let current = 1; current <= 60; current += 1) {
      const pages = pageItems(current, 60).flatMap((item) => (item.kind === 'page' ? [item.page] : []));
      expect(pages).toContain(current);
      expect(pages).toEqual([...pages].sort((a, b) => a - b));
      expect(pageItems(current, 60).length).toBeLessThanOrEqual(9);
    }
  });
});
