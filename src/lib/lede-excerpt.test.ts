import { expect, test } from 'vitest';
import { endsAtWordEnd, ledeExcerpt } from './lede-excerpt.ts';

test('the excerpt ends with the first clause, at most twelve words', () => {
  expect(ledeExcerpt('استعادت قوات الجيش السوري السيطرة على مدينة دير الزور شرقي سوريا بشكل كامل من تنظيم الدولة الإسلامي، وذلك')).toBe(
    'استعادت قوات الجيش السوري السيطرة على مدينة دير الزور شرقي سوريا بشكل',
  );
  expect(ledeExcerpt('قال الوزير: لا تراجع.')).toBe('قال الوزير');
});

test('a comma, stop or colon inside a number or an address does not end the clause', () => {
  expect(ledeExcerpt('ارتفع سعر الذهب إلى $2,350.75 للأونصة، وهو أعلى مستوى.')).toBe('ارتفع سعر الذهب إلى $2,350.75 للأونصة');
  expect(ledeExcerpt('بدأ الاجتماع في 12:30 ظهرًا.')).toBe('بدأ الاجتماع في 12:30 ظهرًا');
  expect(ledeExcerpt('قالت الوزارة إن الرابط https://example.org/a.b صحيح.')).toBe('قالت الوزارة إن الرابط https://example.org/a.b صحيح');
  expect(ledeExcerpt('بلغ النمو ٣٫٥٪ هذا العام، وفق التقرير.')).toBe('بلغ النمو ٣٫٥٪ هذا العام');
});

test('a headline ends where a word of the lede ends', () => {
  const lede = 'ارتفع سعر الذهب إلى $2,350.75 للأونصة، وهو أعلى مستوى.';
  expect(endsAtWordEnd(lede, 'ارتفع سعر الذهب إلى $2')).toBe(false);
  expect(endsAtWordEnd(lede, 'ارتفع سعر الذهب إلى $2,350.75 للأونصة')).toBe(true);
  expect(endsAtWordEnd(lede, 'ارتفع سعر')).toBe(true);
  expect(endsAtWordEnd(lede, 'ارتفع س')).toBe(false);
  expect(endsAtWordEnd(lede, lede)).toBe(true);
});

test('the excerpt is the lede\'s start as written: two spaces between words stay two', () => {
  const lede = 'قالت  الوزارة إن العمل مستمر.';
  expect(ledeExcerpt(lede)).toBe('قالت  الوزارة إن العمل مستمر');
  expect(lede.startsWith(ledeExcerpt(lede))).toBe(true);
  expect(ledeExcerpt('!')).toBe('');
  expect(ledeExcerpt('')).toBe('');
});
