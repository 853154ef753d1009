/**
 * Numbers and dates for Arabic readers, always with an explicit numbering system: a bare `ar`
 * locale gives Arabic-Indic digits in some browsers and Western digits in others
 * (docs/decisions/0003-digit-style.md).
 */
import { localeData, regionalMonths } from './locale-data.ts';
import { intlDateFormat, intlNumberFormat, type MonthStyle } from './locale-data-source.ts';

export type { MonthStyle } from './locale-data-source.ts';

export type DigitStyle = 'arab' | 'latn';

/*
 * Formatting goes through a table that Intl (ICU) produced at build time (locale-data.ts):
 * constructing an Intl formatter in the browser loads ICU's data first, a main-thread pause of
 * ~40 ms (~160 ms on a slow phone) while the page hydrates (docs/decisions/0010). The table gives
 * the same text as Intl (format.test.ts compares them); anything outside it (fractions, negative
 * or huge numbers) still goes to Intl.
 */

const fallbackNumberFormats = new Map<DigitStyle, Intl.NumberFormat>();

/** Western digits in `text` written in the chosen numbering system. */
function toDigits(text: string, digits: DigitStyle): string {
  const table = localeData[digits].digits;
  return text.replace(/[0-9]/g, (digit) => table[Number(digit)] ?? digit);
}

/** 3 → «٣» (arab) or «3» (latn); 2500 → «٢٬٥٠٠». */
export function formatNumber(value: number, digits: DigitStyle): string {
  if (Number.isSafeInteger(value) && value >= 0) {
    const { group, minimumGroupedLength } = localeData[digits];
    const plain = String(value);
    const grouped = plain.length < minimumGroupedLength ? plain : plain.replace(/\B(?=(\d{3})+$)/g, ' ');
    return toDigits(grouped, digits).replaceAll(' ', group);
  }
  let format = fallbackNumberFormats.get(digits);
  if (!format) {
    format = intlNumberFormat(digits);
    fallbackNumberFormats.set(digits, format);
  }
  return format.format(value);
}

/**
 * '2017-11-03' → «٣ نوفمبر ٢٠١٧»; with the Levant's month names «٣ تشرين الثاني/نوفمبر ٢٠١٧»
 * (the regional name, then the common one, as Levantine papers print them). A calendar date: no
 * time zone can shift it.
 */
export function formatArabicDate(isoDate: string, digits: DigitStyle, monthStyle: MonthStyle = 'standard'): string {
  const match = isIsoCalendarDate(isoDate) ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate) : null;
  const { months, datePattern } = localeData[digits];
  const common = months[Number(match?.[2]) - 1];
  const regional = monthStyle === 'standard' ? undefined : regionalMonths[monthStyle][Number(match?.[2]) - 1];
  const month = regional !== undefined && regional !== common ? `${regional}/${common}` : common;
  // Not a real calendar date: Intl says what it says (or throws, as it always did).
  if (!match || month === undefined) return intlDateFormat(digits).format(new Date(`${isoDate}T00:00:00Z`));
  return datePattern
    .map((part) => {
      switch (part.type) {
        case 'day':
          return toDigits(String(Number(match[3])), digits);
        case 'month':
          return month;
        case 'year':
          return toDigits(String(Number(match[1])), digits);
        case 'literal':
          return part.value;
      }
    })
    .join('');
}

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
