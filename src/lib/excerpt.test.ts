import fc from 'fast-check';
import { expect, test } from 'vitest';
import { excerpt } from './excerpt.ts';

test('a short text stays as it is, white space flattened', () => {
  expect(excerpt('  دير\nالزور  ', 40)).toBe('دير الزور');
});

test('a long text is cut at a word and marked', () => {
  expect(excerpt('استعادت قوات الجيش السوري السيطرة على مدينة دير الزور', 30)).toBe('استعادت قوات الجيش السوري…');
});

test('a text without spaces is cut at the limit, never inside a surrogate pair', () => {
  expect(excerpt('x'.repeat(50), 10)).toBe(`${'x'.repeat(10)}…`);
  expect(excerpt('😀'.repeat(20), 9)).toBe(`${'😀'.repeat(4)}…`);
});

test('whatever the text, the excerpt is at most max + 1 characters and well-formed', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 4, max: 200 }), (text, max) => {
      const out = excerpt(text, max);
      expect(out.length).toBeLessThanOrEqual(max + 1);
      expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }),
  );
});
