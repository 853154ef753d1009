/**
 * Numbers and dates for Arabic readers, always with an explicit numbering system: a bare `ar`
 * locale gives Arabic-Indic digits in some browsers and Western digits in others
 * (docs/decisions/0003-digit-style.md).
 */

export type DigitStyle = 'arab' | 'latn';

const numberFormats = new Map<DigitStyle, Intl.NumberFormat>();
const dateFormats = new Map<DigitStyle, Intl.DateTimeFormat>();

function locale(digits: DigitStyle): string {
  return `ar-u-ca-gregory-nu-${digits}`;
}

/** 3 → «٣» (arab) or «3» (latn). */
export function formatNumber(value: number, digits: DigitStyle): string {
  let format = numberFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat(locale(digits), { useGrouping: true });
    numberFormats.set(digits, format);
  }
  return format.format(value);
}

/** '2017-11-03' → «٣ نوفمبر ٢٠١٧». The date is a calendar date: formatted in UTC so no time zone shifts it. */
export function formatArabicDate(isoDate: string, digits: DigitStyle): string {
  let format = dateFormats.get(digits);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(digits), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(digits, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
