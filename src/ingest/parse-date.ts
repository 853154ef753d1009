/**
 * Dates as embedding sites print them under a tweet («3 novembre 2017», «November 3, 2017»,
 * «٣ نوفمبر ٢٠١٧»), parsed with chrono-node's locale parsers. A date is accepted only when one
 * parser reads the whole string with a certain day, month and year; otherwise it stays text and
 * is flagged, never guessed.
 */
import * as chrono from 'chrono-node';

type LocaleParser = { readonly name: string; readonly parser: Pick<chrono.Chrono, 'parse'> };

// Order matters only for strings two locales read differently (numeric dates): US English first,
// as Twitter's embeds print it, then British English.
const PARSERS: readonly LocaleParser[] = [
  { name: 'en', parser: chrono.en },
  { name: 'en-GB', parser: chrono.en.GB },
  { name: 'fr', parser: chrono.fr },
  { name: 'es', parser: chrono.es },
  { name: 'pt', parser: chrono.pt },
  { name: 'de', parser: chrono.de },
  { name: 'ru', parser: chrono.ru },
  { name: 'ja', parser: chrono.ja },
  { name: 'ar', parser: chrono.ar },
  { name: 'it', parser: chrono.it },
  { name: 'nl', parser: chrono.nl },
];

export type ParsedDate = { readonly iso: string; readonly locale: string } | { readonly iso: null; readonly locale: null };

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits to ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String((digit.charCodeAt(0) & 0xf) % 10));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The ISO calendar date in `text`, or null when no locale reads all of it for certain. */
export function parseEmbedDate(text: string): ParsedDate {
  const cleaned = toAsciiDigits(text).trim().replace(/[.\s]+$/u, '');
  // Embed dates always print a four-digit year; relative phrases («yesterday») are never dates here.
  if (cleaned === '' || cleaned.length > 60 || !/\d{4}/.test(cleaned)) return { iso: null, locale: null };
  for (const { name, parser } of PARSERS) {
    const [result] = parser.parse(cleaned, new Date(Date.UTC(2000, 0, 1)));
    if (!result) continue;
    const covered = result.text.replace(/[.\s]+$/u, '').length >= cleaned.replace(/\s*г$/u, '').length - 1;
    const { start } = result;
    if (!covered || !start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) continue;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null) continue;
    return { iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, locale: name };
  }
  return { iso: null, locale: null };
}
