import { describe, expect, it } from 'vitest';
import type { Article } from '../content/schema.ts';
import { loadSeed } from '../../tests/fixtures/articles.ts';
import { LIST_PAGE_SIZE, TAGS_PAGE_SIZE, TAG_PAGE_SIZE, buildSite } from './site.ts';

const seed = loadSeed();
const copies = (count: number): Article[] =>
  Array.from({ length: count }, (_, i) => ({ ...seed, slug: `copy-${i}`, date: seed.date ? { ...seed.date, iso: `2017-${String((i % 12) + 1).padStart(2, '0')}-01` } : undefined }));

describe('the site of an archive', () => {
  const site = buildSite([seed, ...copies(44)], 'test');
  const pages = [...site.pages()];

  it('pages its list, newest first, and every page carries only its own summaries', () => {
    const lists = pages.flatMap(({ data }) => (data?.kind === 'list' ? [data] : []));
    expect(lists.map((list) => list.articles.length)).toEqual([LIST_PAGE_SIZE, LIST_PAGE_SIZE, 5]);
    const dates = lists.flatMap((list) => list.articles.map((summary) => summary.date?.iso ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('an article\'s data holds that article, its neighbours\' summaries and its tags\' pages, nothing else of the archive', () => {
    const article = pages.find(({ page }) => page.kind === 'article' && page.slug === seed.slug)?.data;
    if (article?.kind !== 'article') throw new Error('no seed page');
    expect(Object.keys(article).sort()).toEqual(['article', 'build', 'kind', 'newer', 'older', 'siteTags', 'tags']);
    expect(article.siteTags).toContainEqual(['سوريا', 'سوريا']);
    expect(JSON.stringify(article).length).toBeLessThan(JSON.stringify(seed).length * 3);
  });

  it('has a page for each tag of the archive, paginated, under the label most articles write', () => {
    const syria = pages.flatMap(({ data }) => (data?.kind === 'tag' && data.key === 'سوريا' ? [data] : []));
    expect(syria.length).toBeGreaterThan(1);
    expect(syria.every((page) => page.places.length <= TAG_PAGE_SIZE)).toBe(true);
    expect(syria.reduce((sum, page) => sum + page.places.length, 0)).toBe(syria[0]?.total);
    expect(syria[0]?.articleCount).toBe(45);
    expect(site.has({ kind: 'tag', label: 'سوريا', page: 1 })).toBe(true);
    expect(site.has({ kind: 'tag', label: 'سوريا', page: syria.length })).toBe(true);
    expect(site.has({ kind: 'tag', label: 'سوريا', page: syria.length + 1 })).toBe(false);
    expect(site.has({ kind: 'tag', label: 'لا_وسم', page: 1 })).toBe(false);
    expect(site.has({ kind: 'tags', page: 1 })).toBe(true);
    expect(site.has({ kind: 'search' })).toBe(true);
  });
});

describe('the index of tags', () => {
  // One article whose tweet carries more tags than a page of the index holds.
  const labels = Array.from({ length: TAGS_PAGE_SIZE + 30 }, (_, i) => `وسم_${i + 1}`);
  const tweet = seed.blocks.find((block) => block.type === 'tweet');
  if (!tweet) throw new Error('the seed has no tweet');
  const tagged: Article = {
    ...seed,
    slug: 'many-tags',
    blocks: [{ ...tweet, id: 't-many', text: labels.map((label) => `#${label}`).join(' '), hashtags: labels }],
  };
  const site = buildSite([seed, tagged], 'test');
  const indexes = [...site.pages()].flatMap(({ page, data }) => (page.kind === 'tags' && data?.kind === 'tags' ? [data] : []));

  it('is paged, each page carrying only its own tags, and together every tag once', () => {
    expect(indexes.map((index) => index.page)).toEqual([1, 2]);
    expect(indexes.map((index) => index.tags.length)).toEqual([TAGS_PAGE_SIZE, indexes[0] ? indexes[0].total - TAGS_PAGE_SIZE : 0]);
    const keys = indexes.flatMap((index) => index.tags.map((tag) => tag.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(indexes[0]?.total);
    const shown = indexes.flatMap((index) => index.tags.map((tag) => tag.label));
    for (const label of labels) expect(shown).toContain(label);
    expect(site.has({ kind: 'tags', page: 2 })).toBe(true);
    expect(site.has({ kind: 'tags', page: 3 })).toBe(false);
  });

  it('has its first page even when no article has a tag', () => {
    const empty = buildSite([{ ...seed, blocks: seed.blocks.filter((block) => block.type === 'paragraph' && !block.text.includes('#')) }], 'test');
    const only = [...empty.pages()].filter(({ page }) => page.kind === 'tags');
    expect(only.map(({ page }) => page)).toEqual([{ kind: 'tags', page: 1 }]);
  });
});
