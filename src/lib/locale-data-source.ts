/**
 * What the app needs of Intl's Arabic formatting, read from Intl itself: used at build time to
 * generate locale-data.ts and by the tests that keep that table honest.
 */

export type DatePart = { readonly type: 'day' | 'month' | 'year' } | { readonly type: 'literal'; readonly value: string };

export type LocaleData = {
  /** The ten digits, 0 to 9. */
  readonly digits: string;
  /** Between groups of three digits. */
  readonly group: string;
  /** From how many digits numbers are grouped. */
  readonly minimumGroupedLength: number;
  readonly months: readonly string[];
  /** The order of a long date's parts, with the text between them. */
  readonly datePattern: readonly DatePart[];
};

export function intlLocale(digits: 'arab' | 'latn'): string {
  return `ar-u-ca-gregory-nu-${digits}`;
}

export function intlNumberFormat(digits: 'arab' | 'latn'): Intl.NumberFormat {
  return new Intl.NumberFormat(intlLocale(digits), { useGrouping: true });
}

export function intlDateFormat(digits: 'arab' | 'latn'): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(intlLocale(digits), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function describeLocale(digits: 'arab' | 'latn'): LocaleData {
  const numbers = intlNumberFormat(digits);
  const group = numbers.formatToParts(1234567).find((part) => part.type === 'group')?.value ?? '';
  let minimumGroupedLength = 1;
  while (!numbers.format(10 ** minimumGroupedLength).includes(group) && minimumGroupedLength < 10) minimumGroupedLength += 1;
  const dates = intlDateFormat(digits);
  const months = Array.from({ length: 12 }, (_, month) => {
    const parts = dates.formatToParts(new Date(Date.UTC(2017, month, 3)));
    return parts.find((part) => part.type === 'month')?.value ?? '';
  });
  const datePattern: DatePart[] = dates.formatToParts(new Date(Date.UTC(2017, 10, 3))).flatMap((part): DatePart[] => {
    if (part.type === 'day' || part.type === 'month' || part.type === 'year') return [{ type: part.type }];
    if (part.type === 'literal') return [{ type: 'literal', value: part.value }];
    return [];
  });
  return {
    digits: Array.from({ length: 10 }, (_, digit) => numbers.format(digit)).join(''),
    group,
    minimumGroupedLength: minimumGroupedLength + 1,
    months,
    datePattern,
  };
}

/** How the months are named where an article comes from (the content's `dateStyle`). */
export type MonthStyle = 'standard' | 'levant' | 'maghreb';

/** The locale whose month names each regional style follows. */
const REGIONAL_LOCALES: Readonly<Record<Exclude<MonthStyle, 'standard'>, string>> = { levant: 'ar-SY', maghreb: 'ar-DZ' };

/** The twelve month names of a region, as Intl names them (Syriac months in the Levant, French-derived in the Maghreb). */
export function describeRegionalMonths(): Readonly<Record<Exclude<MonthStyle, 'standard'>, readonly string[]>> {
  const months = (locale: string) => {
    const format = new Intl.DateTimeFormat(`${locale}-u-ca-gregory-nu-latn`, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2017, month, 3))));
  };
  return { levant: months(REGIONAL_LOCALES.levant), maghreb: months(REGIONAL_LOCALES.maghreb) };
}
