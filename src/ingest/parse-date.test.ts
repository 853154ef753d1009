import { expect, test } from 'vitest';
import { parseEmbedDate } from './parse-date.ts';

test.each([
  ['French, as in the seed', '3 novembre 2017', '2017-11-03'],
  ['English (US order)', 'November 3, 2017', '2017-11-03'],
  ['English, abbreviated month', 'Nov 3, 2017', '2017-11-03'],
  ['English (UK order)', '3 November 2017', '2017-11-03'],
  ['Spanish', '3 de noviembre de 2017', '2017-11-03'],
  ['Portuguese', '3 de novembro de 2017', '2017-11-03'],
  ['German', '3. November 2017', '2017-11-03'],
  ['Russian', '3 ноября 2017 г.', '2017-11-03'],
  ['Japanese', '2017年11月3日', '2017-11-03'],
  ['Arabic with Arabic-Indic digits', '٣ نوفمبر ٢٠١٧', '2017-11-03'],
  ['Arabic, Levantine month name', '٣ تشرين الثاني ٢٠١٧', '2017-11-03'],
  ['Arabic with Western digits', '29 فبراير 2016', '2016-02-29'],
])('%s: %s', (_name, text, iso) => {
  expect(parseEmbedDate(text).iso).toBe(iso);
});

test.each([
  ['no year', '3 novembre'],
  ['words', 'yesterday evening'],
  ['a month alone', 'novembre 2017'],
  ['empty', '   '],
  ['nonsense', 'pic.twitter.com/abc'],
  ['an impossible day', '31 février 2017'],
])('an unparseable date (%s) stays unparsed, never guessed', (_name, text) => {
  expect(parseEmbedDate(text)).toEqual({ iso: null, locale: null });
});

test.each([
  ['day and month either way round', '12/11/2017'],
  ['the same, with dashes', '3-4-2017'],
  ['before X existed', '0001-01-01'],
  ['far ahead', '9999-12-31'],
])('a date read but not certain (%s) is not taken, and says why', (_name, text) => {
  const parsed = parseEmbedDate(text, new Date(Date.UTC(2026, 11, 7)));
  expect(parsed.iso).toBeNull();
  expect(parsed).toHaveProperty('doubt');
});

test('figures that can be read one way only are taken; a tweet of today is', () => {
  expect(parseEmbedDate('13/11/2017').iso).toBe('2017-11-13');
  expect(parseEmbedDate('11/11/2017').iso).toBe('2017-11-11');
  expect(parseEmbedDate('7 December 2026', new Date(Date.UTC(2026, 11, 7))).iso).toBe('2026-12-07');
});

test('a date with anything after it is no date', () => {
  expect(parseEmbedDate('3 November 2017x').iso).toBeNull();
});
