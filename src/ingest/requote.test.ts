import { expect, test } from 'vitest';
import { atWordEdges, requote } from './requote.ts';

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

test('a quote whose last word grew («10» → «100») or whose first gained a letter is found again, whole words only', () => {
  const old = 'وقال مدير المستشفى إن الهجوم أسفر عن مقتل 10';
  expect(requote('وقال مدير المستشفى إن الهجوم أسفر عن مقتل 100 مدني.', old)).toBe('وقال مدير المستشفى إن الهجوم أسفر عن مقتل 100');
  expect(atWordEdges('مقتل 100', 0, 'مقتل 10'.length)).toBe(false);
  expect(atWordEdges('مقتل 10 مدنيين', 0, 'مقتل 10'.length)).toBe(true);
});

test('no proposal across the article\'s own sentences, even when the old first words stand once elsewhere', () => {
  const old = 'القوات سيطرت على المدينة بالكامل بعد معارك استمرت أسابيع';
  const text = 'قال الناطق إن القوات سيطرت على المدينة. وأضاف أن «الوحدات سيطرت على المدينة بالكامل بعد معارك استمرت أسابيع».';
  expect(requote(text, old)).toBeNull();
});
