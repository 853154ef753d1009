import { expect, test } from 'vitest';
import { findKeyInText, toMatchKey } from './arabic-normalize.ts';

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
  expect(toMatchKey('می\u200cخواهم')).toBe('می خواهم');
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
