import { expect, test } from 'vitest';
import { findKeyInText, normalizeWithOrigins, toMatchKey } from './arabic-normalize.ts';

test('alef forms become bare alef', () => {
  expect(toMatchKey('أإآا')).toBe('اااا');
  expect(toMatchKey('إستعادة')).toBe(toMatchKey('استعادة'));
});

test('alef maksura becomes yeh and teh marbuta becomes heh', () => {
  expect(toMatchKey('مستشفى')).toBe('مستشفي');
  expect(toMatchKey('مدينة')).toBe('مدينه');
});

test('tatweel and the eight harakat are removed', () => {
  expect(toMatchKey('ســـلام')).toBe('سلام');
  expect(toMatchKey('حَييْ')).toBe('حيي');
  expect(toMatchKey('\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652ب')).toBe('ب');
});

test('case folds and treats _ and ZWNJ as word separators', () => {
  expect(toMatchKey('#Deir_EzZor')).toBe('deir ezzor');
  expect(toMatchKey('می\u200cخواهم')).toBe('مي خواهم');
  expect(toMatchKey('دير__الزور')).toBe('دير الزور');
});

test('a phrase is found as whole words, with a proclitic allowed', () => {
  const text = 'مدينة دير الزور وبدير الزور، لا في ديرالزور';
  const found = findKeyInText(text, toMatchKey('دير_الزور')).map((range) => text.slice(range.start, range.end));
  expect(found).toEqual(['دير الزور', 'وبدير الزور']);
});

test('a one-letter key is found as a word of its own, never as what a proclitic leaves', () => {
  const text = 'في الدير ي وبي';
  const found = findKeyInText(text, toMatchKey('يِ')).map((range) => text.slice(range.start, range.end));
  expect(found).toEqual(['ي']);
  // Two letters are a word: «ومع» holds «مع».
  expect(findKeyInText('ومع الجيش', toMatchKey('مع')).map((range) => range.start)).toEqual([0]);
});

test('a match is not found inside a longer word', () => {
  expect(findKeyInText('الإرهابي', toMatchKey('الإرهاب'))).toEqual([]);
});

test('a marked range covers the harakat of the word it ends in', () => {
  const text = 'على حَييْ الجبيلة';
  const [range] = findKeyInText(text, toMatchKey('حيي'));
  expect(range && text.slice(range.start, range.end)).toBe('حَييْ');
});

test('decomposed letters match their composed forms, in running text as in keys', () => {
  const composed = 'أعلنت الوزارة';
  const decomposed = 'ا\u0654علنت الوزارة';
  expect(decomposed.normalize('NFC')).toBe(composed);
  expect(normalizeWithOrigins(decomposed).text).toBe(normalizeWithOrigins(composed).text);
  expect(toMatchKey(decomposed)).toBe(toMatchKey(composed));
  // ؤ and ئ written as waw or yeh with a combining hamza stay those letters.
  expect(normalizeWithOrigins('مسو\u0654ول').text).toBe(normalizeWithOrigins('مسؤول').text);
  // Offsets still point into the text as written.
  expect(findKeyInText(`قال ${decomposed}`, toMatchKey(composed))).toEqual([{ start: 4, end: 4 + decomposed.length }]);
});

test('Arabic-Indic and Persian digits are the same digits as 0–9', () => {
  expect(toMatchKey('#عام_٢٠٢٤')).toBe(toMatchKey('#عام_2024'));
  expect(toMatchKey('۴۵')).toBe('45');
  expect(normalizeWithOrigins('بلغ ١٢٠ دولارًا').text).toBe(normalizeWithOrigins('بلغ 120 دولارًا').text);
});

test('a long text normalizes in time linear in its length', () => {
  // Built by `+=` and read with `endsWith`, a 400,000-character text took 20 s (quadratic).
  const text = 'استعادت قوات الجيش السيطرة، وأعلنت «الوكالة» ذلك. '.repeat(8_000);
  const { text: normalized, origin } = normalizeWithOrigins(text);
  expect(origin).toHaveLength(normalized.length);
  expect(toMatchKey(text).length).toBe(normalized.trimEnd().length);
});

test('Persian and Urdu forms of Arabic letters are the Arabic letters', () => {
  expect(toMatchKey('#ایران')).toBe(toMatchKey('#ايران'));
  expect(toMatchKey('کتاب')).toBe(toMatchKey('كتاب'));
  expect(toMatchKey('ٱلله')).toBe(toMatchKey('الله'));
  expect(toMatchKey('مدرسۃ')).toBe(toMatchKey('مدرسة'));
});
