import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatArabicDate, formatNumber, type DigitStyle } from './format.ts';
import { localeData, regionalMonths } from './locale-data.ts';
import { describeLocale, describeRegionalMonths, intlDateFormat, intlNumberFormat } from './locale-data-source.ts';

const styles: readonly DigitStyle[] = ['arab', 'latn'];

test('the generated table is what Intl says today (run npm run generate:locale-data when ICU changes)', () => {
  expect(localeData).toEqual({ arab: describeLocale('arab'), latn: describeLocale('latn') });
  expect(regionalMonths).toEqual(describeRegionalMonths());
});

describe.each(styles)('with %s digits', (digits) => {
  const numbers = intlNumberFormat(digits);
  const dates = intlDateFormat(digits);

  test('whole numbers read exactly as Intl writes them', () => {
    for (let value = 0; value <= 12_000; value += 1) expect(formatNumber(value, digits)).toBe(numbers.format(value));
    fc.assert(fc.property(fc.maxSafeInteger().filter((value) => value >= 0), (value) => formatNumber(value, digits) === numbers.format(value)));
  });

  test('fractions and negative numbers still go to Intl', () => {
    for (const value of [-5, 1.5, -1234.25, Number.MAX_SAFE_INTEGER + 2]) expect(formatNumber(value, digits)).toBe(numbers.format(value));
  });

  test('calendar dates read exactly as Intl writes them', () => {
    for (let time = Date.UTC(1900, 0, 1); time <= Date.UTC(2100, 11, 31); time += 86_400_000 * 3) {
      const iso = new Date(time).toISOString().slice(0, 10);
      expect(formatArabicDate(iso, digits)).toBe(dates.format(new Date(time)));
    }
  });
});

test('the seed date in both digit styles', () => {
  expect(formatArabicDate('2017-11-03', 'arab')).toBe('٣ نوفمبر ٢٠١٧');
  expect(formatArabicDate('2017-11-03', 'latn')).toBe('3 نوفمبر 2017');
  expect(formatNumber(2500, 'arab')).toBe('٢٬٥٠٠');
});

test('regional month names come first, with the common name after them', () => {
  expect(formatArabicDate('2017-11-03', 'arab', 'levant')).toBe('٣ تشرين الثاني/نوفمبر ٢٠١٧');
  expect(formatArabicDate('2017-09-01', 'latn', 'levant')).toBe('1 أيلول/سبتمبر 2017');
  expect(formatArabicDate('2017-02-01', 'arab', 'maghreb')).toBe('١ فيفري/فبراير ٢٠١٧');
  // Where the region names a month as everyone does, it is written once.
  expect(formatArabicDate('2017-03-01', 'arab', 'maghreb')).toBe('١ مارس ٢٠١٧');
  expect(formatArabicDate('2017-11-03', 'arab', 'standard')).toBe('٣ نوفمبر ٢٠١٧');
});
