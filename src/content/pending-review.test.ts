import { expect, test } from 'vitest';
import { loadSeed } from '../../tests/fixtures/articles.ts';
import { pendingReview, pendingReviewLine } from './pending-review.ts';

test('proposals awaiting review are counted per article, and said in one line', () => {
  const seed = loadSeed();
  expect(pendingReview([seed])).toEqual([]);
  expect(pendingReviewLine(pendingReview([seed]))).toBeNull();
  const draft = {
    ...seed,
    slug: 'draft',
    sources: seed.sources.map((source, index) => (index === 0 ? { ...source, review: 'pending' as const } : source)),
    citations: seed.citations.map((citation) => ({ ...citation, review: 'pending' as const })),
  };
  expect(pendingReview([seed, draft])).toEqual([{ slug: 'draft', sources: 1, citations: seed.citations.length }]);
  expect(pendingReviewLine(pendingReview([draft]))).toBe(`Awaiting an editor's review, not shown to readers: draft (1 source, ${seed.citations.length} citations).`);
});
