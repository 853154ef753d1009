import { expect, test } from 'vitest';
import { requote } from './requote.ts';

const OLD = 'وقال الناطق باسم الوزارة إن المستشفيات الحكومية تعمل بطاقتها الكاملة.';

test('a quote with a word added inside is found again from its first words to its last', () => {
  const text = `وفي المؤتمر، وقال الناطق الرسمي باسم الوزارة إن المستشفيات الحكومية تعمل بطاقتها الكاملة. ثم انصرف.`;
  expect(requote(text, OLD)).toBe('وقال الناطق الرسمي باسم الوزارة إن المستشفيات الحكومية تعمل بطاقتها الكاملة.');
});

test('two words at each end are enough when three are not', () => {
  const text = 'وقال الناطق اليوم إن المستشفيات الحكومية تعمل فعلاً بطاقتها الكاملة.';
  expect(requote(text, OLD)).toBe(text);
});

test('nothing is guessed: ends gone, ends twice, a span of another length, a short quote', () => {
  expect(requote('دعا المتحدث المواطنين إلى عدم التهاون.', OLD)).toBeNull();
  expect(requote(`${OLD} ${OLD}`, OLD)).toBeNull();
  expect(requote(`وقال الناطق ${'كلام '.repeat(60)}بطاقتها الكاملة.`, OLD)).toBeNull();
  expect(requote('قال الوزير اليوم', 'قال الوزير أمس')).toBeNull();
});
