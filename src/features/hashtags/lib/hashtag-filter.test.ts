import { expect, test } from 'vitest';
import { readAllArticles } from '../../../content/read-articles.ts';
import { buildHashtagIndex, buildHashtagIndexInSlices, filterByKey, peekHashtagIndex, resolveTagParam, tagParamToKey } from './hashtag-filter.ts';

const seed = readAllArticles().find((article) => article.slug === 'deir-ez-zor-recaptured')!;
const index = buildHashtagIndex(seed);

test('the seed lists each tag once, by its written form', () => {
  expect(index.entries.map((entry) => entry.label).sort()).toEqual(
    ['سوريا', 'دير_الزور', 'الإرهاب', 'بالدير_محيناها', 'اسود_الديرالزور', 'ديرالزور_تنتصر', 'التغطية_مستمرة'].sort(),
  );
});

test('#سوريا keeps the first tweet and the paragraphs that name Syria, not the second tweet', () => {
  const result = filterByKey(index, tagParamToKey('سوريا')!);
  expect(result.visibleIds.has('t-j5wc')).toBe(true);
  expect(result.visibleIds.has('t-n6sa')).toBe(false);
  expect(result.visibleIds.has('p-r4kx')).toBe(true); // «شرقي سوريا»
  expect(result.visibleIds.has('p-d5xm')).toBe(true); // «في سوريا»
  expect(result.visibleIds.has('p-q8tn')).toBe(false);
});

test('#دير_الزور finds «دير الزور» in the prose and marks exactly those words', () => {
  const result = filterByKey(index, tagParamToKey('دير_الزور')!);
  expect(result.visibleIds.has('t-j5wc') && result.visibleIds.has('t-n6sa')).toBe(true);
  const lede = seed.blocks[0]!;
  const ranges = result.marks.get('p-r4kx')!;
  expect(ranges.map((range) => lede.type === 'paragraph' && lede.text.slice(range.start, range.end))).toEqual(['دير الزور']);
  expect(result.entry?.count).toBe(2 + result.marks.size);
});

test('a tag written with hamza, tatweel or harakat finds the same entry', () => {
  expect(tagParamToKey('#الإرهاب')).toBe(tagParamToKey('الارهاب'));
  expect(tagParamToKey('ديـــر_الزُّور')).toBe(tagParamToKey('دير_الزور'));
  expect(filterByKey(index, tagParamToKey('الارهـاب')!).entry?.label).toBe('الإرهاب');
});

test('unknown, empty and absurd tags give no entry and never throw', () => {
  expect(filterByKey(index, tagParamToKey('كلمة_غير_موجودة')!)).toMatchObject({ entry: null });
  expect(filterByKey(index, tagParamToKey('كلمة_غير_موجودة')!).visibleIds.size).toBe(0);
  expect(tagParamToKey('')).toBeNull();
  expect(tagParamToKey('ـــ')).toBeNull();
  expect(tagParamToKey('ا'.repeat(5000))).toBeNull();
  expect(tagParamToKey(null)).toBeNull();
});

test('a ?tag= value resolves to no filter, an invalid value or an active filter', () => {
  expect(resolveTagParam(index, null)).toEqual({ kind: 'none' });
  expect(resolveTagParam(index, 'x'.repeat(3000))).toEqual({ kind: 'invalid' });
  expect(resolveTagParam(index, '#')).toEqual({ kind: 'invalid' });
  expect(resolveTagParam(index, 'الارهاب')).toMatchObject({ kind: 'active', label: 'الإرهاب' });
  expect(resolveTagParam(index, 'مجهول')).toMatchObject({ kind: 'active', label: 'مجهول', result: { entry: null } });
});

test('a hand-typed tag that no tweet carries still finds the prose that mentions it', () => {
  const result = filterByKey(index, tagParamToKey('الجيش')!);
  expect(result.entry).toBeNull();
  expect(result.visibleIds.has('p-r4kx')).toBe(true); // «قوات الجيش السوري»
  expect([...result.visibleIds].some((id) => id.startsWith('t-'))).toBe(false);
});

test('choosing the same tag twice gives the same marks, so unchanged paragraphs are not redrawn', () => {
  const key = tagParamToKey('دير_الزور')!;
  expect(filterByKey(index, key).marks).toBe(filterByKey(index, key).marks);
});

test('the index built in slices equals the one built at once, pausing between steps', async () => {
  const fresh = structuredClone(seed);
  let pauses = 0;
  const sliced = await buildHashtagIndexInSlices(fresh, {
    now: () => 0,
    // A zero budget pauses after every step: every paragraph and every tag.
    budgetMs: 0,
    pause: () => {
      pauses += 1;
      return Promise.resolve();
    },
  });
  expect(pauses).toBeGreaterThanOrEqual(fresh.blocks.filter((block) => block.type === 'paragraph').length);
  expect(sliced.entries).toEqual(index.entries);
  expect([...sliced.filters.keys()]).toEqual([...index.filters.keys()]);
  for (const [key, result] of index.filters) expect(sliced.filters.get(key)).toEqual(result);
  expect(peekHashtagIndex(fresh)).toBe(sliced);
  expect(buildHashtagIndex(fresh)).toBe(sliced);
});
