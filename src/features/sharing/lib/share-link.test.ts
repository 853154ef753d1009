import { expect, test } from 'vitest';
import { loadSeed } from '../../../../tests/fixtures/articles.ts';
import { blockInArticlePath, resolveFragment, shareAddress } from './share-link.ts';

const seed = { ...loadSeed(), aliases: { 'p-old1': 'p-q8tn' } };

test('a block is shared by its share page, which opens the article at the block', () => {
  expect(shareAddress('https://sahifa.example', 'deir-ez-zor-recaptured', 'p-h3zb')).toBe('https://sahifa.example/articles/deir-ez-zor-recaptured/p/p-h3zb');
  expect(shareAddress('https://sahifa.example', 'deir-ez-zor-recaptured', null)).toBe('https://sahifa.example/articles/deir-ez-zor-recaptured');
  expect(blockInArticlePath('deir-ez-zor-recaptured', 't-j5wc')).toBe('/articles/deir-ez-zor-recaptured#t-j5wc');
});

test('fragments resolve to blocks, aliases, page anchors or unknown ids', () => {
  expect(resolveFragment(seed, '#p-h3zb')).toEqual({ kind: 'block', id: 'p-h3zb' });
  expect(resolveFragment(seed, '#t-j5wc')).toEqual({ kind: 'block', id: 't-j5wc' });
  expect(resolveFragment(seed, '#p-old1')).toEqual({ kind: 'alias', from: 'p-old1', id: 'p-q8tn' });
  expect(resolveFragment(seed, '#source-sana')).toEqual({ kind: 'page-anchor', id: 'source-sana' });
  expect(resolveFragment(seed, '#main')).toEqual({ kind: 'page-anchor', id: 'main' });
  expect(resolveFragment(seed, '#p-gone')).toEqual({ kind: 'unknown', id: 'p-gone' });
  expect(resolveFragment(seed, '')).toEqual({ kind: 'none' });
  expect(resolveFragment(seed, '#:~:text=دير')).toEqual({ kind: 'none' });
});

test('a fragment that is no block id is the page\'s own anchor; a block id that is gone is unknown', () => {
  expect(resolveFragment(seed, '#%E0%A4%A')).toEqual({ kind: 'page-anchor', id: '%E0%A4%A' });
  expect(resolveFragment(seed, '#constructor')).toEqual({ kind: 'page-anchor', id: 'constructor' });
  expect(resolveFragment(seed, `#p-${'x'.repeat(10_000)}`)).toMatchObject({ kind: 'unknown' });
  expect(resolveFragment(seed, '#p-gone.')).toEqual({ kind: 'unknown', id: 'p-gone.' });
});

test('a block id with what a chat message left after the link is that block (or its alias)', () => {
  expect(resolveFragment(seed, '#p-h3zb.')).toEqual({ kind: 'tidied', from: 'p-h3zb.', id: 'p-h3zb' });
  expect(resolveFragment(seed, '#p-h3zb%D8%8C')).toEqual({ kind: 'tidied', from: 'p-h3zb،', id: 'p-h3zb' });
  expect(resolveFragment(seed, '#t-j5wc%E2%80%8F')).toEqual({ kind: 'tidied', from: 't-j5wc\u200f', id: 't-j5wc' });
  expect(resolveFragment(seed, '#p-old1).')).toEqual({ kind: 'alias', from: 'p-old1', id: 'p-q8tn' });
  expect(resolveFragment(seed, '#%E2%80%8Fp-h3zb')).toEqual({ kind: 'tidied', from: '\u200fp-h3zb', id: 'p-h3zb' });
  expect(resolveFragment(seed, '#%E2%80%8Fp-h3zb%E2%80%8F')).toEqual({ kind: 'tidied', from: '\u200fp-h3zb\u200f', id: 'p-h3zb' });
  expect(resolveFragment(seed, '#%E2%80%8Fp-gone')).toEqual({ kind: 'unknown', id: '\u200fp-gone' });
});
