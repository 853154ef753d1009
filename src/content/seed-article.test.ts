import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_DIR, readAllArticles } from './read-articles.ts';
import { comparableArticleText, comparableRawText } from './raw-text.ts';

const articles = readAllArticles();

test('every bundled article carries every word of its raw source text, in order', () => {
  expect(articles.length).toBeGreaterThan(0);
  for (const article of articles) {
    const raw = readFileSync(join(CONTENT_DIR, article.provenance.raw), 'utf8');
    expect(comparableArticleText(article), article.slug).toBe(comparableRawText(raw));
  }
});

test('the seed is 8 prose paragraphs and 2 tweets in the order of the source', () => {
  const seed = articles.find((article) => article.slug === 'deir-ez-zor-recaptured');
  expect(seed?.blocks.map((block) => block.type)).toEqual([
    'paragraph', 'paragraph', 'paragraph', 'tweet', 'paragraph', 'paragraph', 'paragraph', 'tweet', 'paragraph', 'paragraph',
  ]);
});

test('the seed claims no publisher or author and marks its headline and date as derived', () => {
  const seed = articles.find((article) => article.slug === 'deir-ez-zor-recaptured');
  expect(seed?.provenance.publisher).toBeUndefined();
  expect(seed?.provenance.author).toBeUndefined();
  expect(seed?.headline.derivation).toBe('lede-excerpt');
  expect(seed?.date).toMatchObject({ iso: '2017-11-03', status: 'inferred' });
});

test('the raw seed in the repository is the one that arrived', () => {
  const shared = new URL('../../../shared/seed/000_aa559fc9daf0de27.txt', import.meta.url);
  let arrived: string;
  try {
    arrived = readFileSync(shared, 'utf8');
  } catch {
    console.warn('../shared/seed is not beside this checkout: comparing against it is not possible here.');
    return;
  }
  expect(readFileSync(join(CONTENT_DIR, 'raw/000_aa559fc9daf0de27.txt'), 'utf8')).toBe(arrived);
});
