import { expect, test } from 'vitest';
import { loadSeed } from '../../../../tests/fixtures/articles.ts';
import { countWords, readingMinutes } from './reading-time.ts';

test('words are counted between spaces, punctuation alone is no word', () => {
  expect(countWords('استعادت قوات الجيش — السيطرة ، على 3 مدن')).toBe(7);
  expect(countWords('  \n ')).toBe(0);
});

test('the seed takes about three minutes at 138 words a minute', () => {
  const seed = loadSeed();
  const words = seed.blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  expect(words).toBeGreaterThan(300);
  expect(readingMinutes(seed)).toBe(Math.round(words / 138));
});

test('a very short article still takes a minute', () => {
  const seed = loadSeed();
  expect(readingMinutes({ ...seed, blocks: [{ type: 'paragraph', id: 'p-a', text: 'كلمتان فقط' }] })).toBe(1);
});
