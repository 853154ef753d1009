import fc from 'fast-check';
import { expect, test } from 'vitest';
import { excerpt, excerptAround } from './excerpt.ts';

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

test('a cut without a space never splits what the reader sees as one character', () => {
  // Syrian flags (two code points each), a family (joined by ZWJ), a keycap, a letter with shadda and fatha.
  expect(excerpt('🇸🇾'.repeat(10), 6)).toBe('🇸🇾…');
  expect(excerpt('👨‍👩‍👧'.repeat(5), 10)).toBe('👨‍👩‍👧…');
  expect(excerpt('1️⃣'.repeat(10), 7)).toBe('1️⃣1️⃣…');
  expect(excerpt('شدَّ'.repeat(10), 3)).toBe('ش…');
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

test('a window around a mark starts and ends between characters as the reader sees them', () => {
  const text = `${'🇸🇾'.repeat(30)} دير الزور ${'🇸🇾'.repeat(30)}`;
  // The end falls inside the seventh flag after the words: the window stops before it.
  const at = text.indexOf('دير');
  const { text: window, marks } = excerptAround(text, [[at, at + 3]], 41);
  expect(window).toMatch(/^…دير الزور (🇸🇾)+…$/u);
  const [mark] = marks;
  expect(mark && window.slice(mark[0], mark[1])).toBe('دير');
});
