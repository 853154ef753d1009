import { expect, test } from 'vitest';
import { blockDirection, detectDirection } from './text-direction.ts';

test('a paragraph reads right to left however much Latin it quotes, left to right only with no Arabic letter at all', () => {
  expect(blockDirection('paragraph', 'قال المتحدث: The Syrian Arab Army has fully liberated Deir ez-Zor city today.')).toBe('rtl');
  expect(blockDirection('paragraph', 'Huge crowds at the border crossing tonight.')).toBe('ltr');
  expect(blockDirection('paragraph', '2017 — 31 / 12')).toBe('rtl');
});

test('a tweet reads by the most of its letters, as its card does', () => {
  expect(blockDirection('tweet', 'Deir ez-Zor is liberated, the army says. #سوريا')).toBe('ltr');
  expect(blockDirection('tweet', 'نبارك للأخوة في #سوريا')).toBe(detectDirection('نبارك للأخوة في #سوريا'));
});
