import { expect, test } from 'vitest';
import { loadSeed } from '../../tests/fixtures/articles.ts';
import { editorReport, pendingReview } from './editor-report.ts';

test('proposals awaiting review are counted per article, one article a line', () => {
  const seed = loadSeed();
  expect(pendingReview([seed])).toEqual([]);
  expect(editorReport([seed])).toEqual([]);
  const draft = {
    ...seed,
    slug: 'draft',
    sources: seed.sources.map((source, index) => (index === 0 ? { ...source, review: 'pending' as const } : source)),
    citations: seed.citations.map((citation) => ({ ...citation, review: 'pending' as const })),
  };
  expect(pendingReview([seed, draft])).toEqual([{ slug: 'draft', sources: 1, citations: seed.citations.length }]);
  expect(editorReport([draft])).toEqual([`Awaiting an editor's review, not shown to readers (1 article):`, `  draft: 1 source, ${seed.citations.length} citations`]);
});

test('undated articles are named; a long list names twenty and counts the rest', () => {
  const seed = loadSeed();
  const many = Array.from({ length: 23 }, (_, index) => ({ ...seed, date: undefined, slug: `undated-${index + 1}` }));
  const report = editorReport([seed, ...many]);
  expect(report[0]).toBe('Undated, so listed after every dated article and left out of the feed (23 articles):');
  expect(report.slice(1, 3)).toEqual(['  undated-1', '  undated-2']);
  expect(report).toHaveLength(1 + 20 + 1);
  expect(report.at(-1)).toBe('  … and 3 more');
});
