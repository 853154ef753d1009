import { expect, test } from 'vitest';
import { loadSeed } from '../../../../tests/fixtures/articles.ts';
import { NO_FILTER, isActiveTag, isBlockVisible, resolveTagParam, tagParamToKey } from './filter-state.ts';
import { buildTagIndex, compareTagKeys } from './tag-index.ts';

const seed = loadSeed();
const index = buildTagIndex(seed);
const filter = (param: string | null) => resolveTagParam(index, seed, param);

function active(param: string) {
  const result = filter(param);
  if (result.kind !== 'active') throw new Error(`${param} gave ${result.kind}`);
  return result;
}

test('the seed lists each tag once, by its written form, most blocks first', () => {
  expect(index.tags.map((tag) => tag.label).sort()).toEqual(
    ['سوريا', 'دير_الزور', 'الإرهاب', 'بالدير_محيناها', 'اسود_الديرالزور', 'ديرالزور_تنتصر', 'التغطية_مستمرة'].sort(),
  );
  const counts = index.tags.map((tag) => tag.count);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  expect(index.totalBlocks).toBe(10);
});

test('the index is plain JSON: it survives the trip to the browser unchanged', () => {
  expect(JSON.parse(JSON.stringify(index))).toEqual(index);
});

test('#سوريا keeps the first tweet and the paragraphs that name Syria, not the second tweet', () => {
  const { visible } = active('سوريا');
  expect(visible.has('t-j5wc')).toBe(true);
  expect(visible.has('t-n6sa')).toBe(false);
  expect(visible.has('p-r4kx')).toBe(true); // «شرقي سوريا»
  expect(visible.has('p-d5xm')).toBe(true); // «في سوريا»
  expect(visible.has('p-q8tn')).toBe(false);
});

test('#دير_الزور finds «دير الزور» in the prose and marks exactly those words', () => {
  const result = active('دير_الزور');
  expect(result.visible.has('t-j5wc') && result.visible.has('t-n6sa')).toBe(true);
  const lede = seed.blocks[0]!;
  const ranges = result.marks.get('p-r4kx')!;
  expect(ranges.map((range) => lede.type === 'paragraph' && lede.text.slice(range.start, range.end))).toEqual(['دير الزور']);
  expect(result.entry?.count).toBe(2 + result.marks.size);
});

test('a tag written with hamza, tatweel, harakat, in decomposed form or with bidi controls finds the same entry', () => {
  const key = tagParamToKey('الإرهاب');
  for (const written of ['#الإرهاب', 'الارهاب', 'الارهـاب', 'الإرهاب'.normalize('NFD'), '\u202Eالإرهاب', 'ال\u200Fإرهاب']) {
    expect(tagParamToKey(written), JSON.stringify(written)).toBe(key);
  }
  expect(tagParamToKey('ديـــر_الزُّور')).toBe(tagParamToKey('دير_الزور'));
  expect(active('الإرهاب'.normalize('NFD')).label).toBe('الإرهاب');
});

test('bidi controls in a hand-typed tag are gone from the label and from the key alike', () => {
  const result = active('\u202Eمجهول\u202C');
  expect(result.label).toBe('مجهول');
  expect(result.key).toBe(tagParamToKey('مجهول'));
});

test('unknown, empty and absurd tags give no entry and never throw', () => {
  expect(active('كلمة_غير_موجودة')).toMatchObject({ entry: null });
  expect(active('كلمة_غير_موجودة').visible.size).toBe(0);
  expect(tagParamToKey('')).toBeNull();
  expect(tagParamToKey('ـــ')).toBeNull();
  expect(tagParamToKey('\u202E\u202C')).toBeNull();
  expect(tagParamToKey('ا'.repeat(5000))).toBeNull();
  expect(tagParamToKey(null)).toBeNull();
});

test('a ?tag= value resolves to no filter, an invalid value or an active filter', () => {
  expect(filter(null)).toEqual(NO_FILTER);
  expect(filter('x'.repeat(3000))).toEqual({ kind: 'invalid' });
  expect(filter('#')).toEqual({ kind: 'invalid' });
  // What URLSearchParams makes of `?tag=%E0%A4%A`: a cut letter, then «%A».
  expect(filter('\uFFFD%A')).toEqual({ kind: 'invalid' });
  expect(filter('الارهاب')).toMatchObject({ kind: 'active', label: 'الإرهاب' });
  expect(filter('مجهول')).toMatchObject({ kind: 'active', label: 'مجهول', entry: null });
});

test('a hand-typed tag that no tweet carries still finds the prose that mentions it', () => {
  const result = active('الجيش');
  expect(result.entry).toBeNull();
  expect(result.visible.has('p-r4kx')).toBe(true); // «قوات الجيش السوري»
  expect([...result.visible].some((id) => id.startsWith('t-'))).toBe(false);
});

test('choosing the same tag twice gives the same marks, so unchanged paragraphs are not redrawn', () => {
  expect(active('دير_الزور').marks).toBe(active('دير_الزور').marks);
  expect(active('مجهول').marks).toBe(active('مجهول').marks);
});

test('visibility and the active tag follow the filter', () => {
  expect(isBlockVisible(NO_FILTER, 'p-r4kx')).toBe(true);
  expect(isBlockVisible({ kind: 'invalid' }, 'p-r4kx')).toBe(true);
  expect(isBlockVisible(active('سوريا'), 't-n6sa')).toBe(false);
  // A tag found nowhere in the article hides nothing.
  expect(active('مجهول').visible.size).toBe(0);
  expect(isBlockVisible(active('مجهول'), 't-n6sa')).toBe(true);
  expect(isActiveTag(active('سوريا'), '#سوريا')).toBe(true);
  expect(isActiveTag(active('سوريا'), 'دير_الزور')).toBe(false);
});

test('tags that occur as often are in alphabetical order, numbers by value', () => {
  expect(['وسم 10', 'سوريا', 'وسم 9', 'حلب', 'وسم 1'].sort(compareTagKeys)).toEqual(['حلب', 'سوريا', 'وسم 1', 'وسم 9', 'وسم 10']);
  // Total: keys a collator finds equal still get one order.
  expect(compareTagKeys('a', 'a')).toBe(0);
  expect(Math.sign(compareTagKeys('\u0627', '\u0627\u200c'))).toBe(-Math.sign(compareTagKeys('\u0627\u200c', '\u0627')));
});
