import { describe, expect, it } from 'vitest';
import type { Article } from '../../../content/schema.ts';
import { excerptAround } from '../../../lib/excerpt.ts';
import { loadSeed } from '../../../../tests/fixtures/articles.ts';
import { collectSiteTags, PLACE_EXCERPT } from './site-tags.ts';
import { buildTagIndex } from './tag-index.ts';

const seed = loadSeed();

function copyOf(article: Article, slug: string, changes: (text: string) => string = (text) => text): Article {
  return {
    ...article,
    slug,
    blocks: article.blocks.map((block) =>
      block.type === 'tweet' ? { ...block, hashtags: block.hashtags.map(changes), text: changes(block.text) } : block,
    ),
  };
}

describe('tags across the archive', () => {
  it('each place of each article, in the archive order, with its matches at the right offsets', () => {
    const tags = collectSiteTags([seed, copyOf(seed, 'copy')], buildTagIndex);
    const deir = tags.find((tag) => tag.key === 'دير الزور');
    expect(deir?.articleCount).toBe(2);
    expect(deir?.places.map((place) => place.slug)).toEqual([...Array(7).fill(seed.slug), ...Array(7).fill('copy')]);
    for (const place of deir?.places ?? []) {
      expect(place.marks.length).toBeGreaterThan(0);
      for (const [start, end] of place.marks) expect(place.text.slice(start, end).replace(/_/g, ' ')).toBe('دير الزور');
    }
    // Most places first.
    const counts = tags.map((tag) => tag.places.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('a tag written two ways across articles is one tag, labelled as most write it', () => {
    const variant = (text: string) => text.replace(/دير_الزور/g, 'ديـر_الزّور');
    const tags = collectSiteTags([seed, copyOf(seed, 'b', variant), copyOf(seed, 'c', variant)], buildTagIndex);
    const deir = tags.filter((tag) => tag.key === 'دير الزور');
    expect(deir).toHaveLength(1);
    expect(deir[0]?.label).toBe('ديـر_الزّور');
    expect(deir[0]?.articleCount).toBe(3);
  });

  it('an archive without tweets has no tags', () => {
    expect(collectSiteTags([{ ...seed, blocks: seed.blocks.filter((block) => block.type === 'paragraph') }], buildTagIndex)).toEqual([]);
  });
});

describe('a window of a long text around its first match', () => {
  const long = `${'كلمة '.repeat(200)}دير الزور ${'أخرى '.repeat(200)}`;
  const at = long.indexOf('دير الزور');

  it('keeps the match, marks it at its new offset, and says where it was cut', () => {
    const { text, marks } = excerptAround(long, [[at, at + 9]], PLACE_EXCERPT);
    expect(text.length).toBeLessThanOrEqual(PLACE_EXCERPT + 2);
    expect(text.startsWith('…') && text.endsWith('…')).toBe(true);
    const [first] = marks;
    expect(first && text.slice(first[0], first[1])).toBe('دير الزور');
  });

  it('a short text is whole', () => {
    expect(excerptAround('نص قصير', [[0, 2]], 100)).toEqual({ text: 'نص قصير', marks: [[0, 2]] });
  });

  it('never splits a surrogate pair', () => {
    const emoji = `${'😀'.repeat(300)}`;
    const { text } = excerptAround(emoji, [[300, 302]], 101);
    expect(text.replace(/…/g, '')).toMatch(/^(?:\uD83D\uDE00)+$/);
  });
});
