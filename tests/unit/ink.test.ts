import { describe, expect, it } from 'vitest';
import { inkDifference, type Ink } from '../engines/ink.ts';

/** A 40×20 drawing: a bar (a letter's body) and a 3×3 dot above it at `dot`. */
function drawing(dot: { x: number; y: number } | null, shift = 0): Ink {
  const width = 40;
  const height = 20;
  const alpha = new Uint8Array(width * height);
  for (let x = 5 + shift; x < 35 + shift; x += 1) for (let y = 12; y < 15; y += 1) alpha[y * width + x] = 255;
  if (dot) for (let x = dot.x + shift; x < dot.x + 3 + shift; x += 1) for (let y = dot.y; y < dot.y + 3; y += 1) alpha[y * width + x] = 255;
  return { width, height, alpha };
}

describe('inkDifference', () => {
  it('is 0 for the same drawing and for one moved by a pixel (a line origin rounded otherwise)', () => {
    expect(inkDifference(drawing({ x: 18, y: 6 }), drawing({ x: 18, y: 6 }))).toBe(0);
    expect(inkDifference(drawing({ x: 18, y: 6 }), drawing({ x: 18, y: 6 }, 1))).toBe(0);
  });

  it('counts a dot drawn away from its letter twice: where it should be and where it is', () => {
    const reference = drawing({ x: 18, y: 6 });
    const ink = 30 * 3 + 3 * 3;
    expect(inkDifference(reference, drawing({ x: 28, y: 1 }))).toBeCloseTo((2 * 9) / ink, 5);
    expect(inkDifference(reference, drawing(null))).toBeCloseTo(9 / ink, 5);
  });

  it('refuses drawings of different sizes or an empty reference', () => {
    expect(() => inkDifference(drawing(null), { width: 1, height: 1, alpha: new Uint8Array(1) })).toThrow('size');
    expect(() => inkDifference({ width: 1, height: 1, alpha: new Uint8Array(1) }, { width: 1, height: 1, alpha: new Uint8Array(1) })).toThrow('nothing');
  });
});
