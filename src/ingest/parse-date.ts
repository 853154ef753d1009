/**
 * Dates as embedding sites print them under a tweet («3 novembre 2017», «November 3, 2017»,
 * «٣ نوفمبر ٢٠١٧»), parsed with chrono-node's locale parsers. A date is accepted only when one
 * parser reads the whole string with a certain day, month and year; otherwise it stays text and
 * is flagged, never guessed.
 */
import * as chrono from 'chrono-node';
import { toAsciiDigits } from '../lib/arabic-normalize.ts';

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

/** A date read for certain, or none; `doubt` says why a string that reads as a date was not taken. */
export type ParsedDate = { readonly iso: string; readonly locale: string } | { readonly iso: null; readonly locale: null; readonly doubt?: string };

// X's first post; a tweet's date is never before it, nor after the day the text is ingested.
const FIRST_TWEET = '2006-03-21';
// Day and month in figures: «12/11/2017» is 12 November in Arabic sources and 11 December in
// American ones.
const NUMERIC = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*\d{4}$/u;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The ISO calendar date in `text`, or null when no locale reads all of it for certain: a day and
 * a month in figures that could be either, or a date before X existed or after `today`, read
 * but not taken (`doubt`).
 */
export function parseEmbedDate(text: string, today: Date = new Date()): ParsedDate {
  const cleaned = toAsciiDigits(text).trim().replace(/[.\s]+$/u, '');
  // Embed dates always print a four-digit year; relative phrases («yesterday») are never dates here.
  if (cleaned === '' || cleaned.length > 60 || !/\d{4}/.test(cleaned)) return { iso: null, locale: null };
  const numeric = NUMERIC.exec(cleaned);
  if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2]) {
    return { iso: null, locale: null, doubt: 'day and month could be either way round' };
  }
  for (const { name, parser } of PARSERS) {
    const [result] = parser.parse(cleaned, new Date(Date.UTC(2000, 0, 1)));
    if (!result) continue;
    // All of it: «3 November 2017x» is not a date.
    const covered = result.text.replace(/[.\s]+$/u, '').length >= cleaned.replace(/\s*г$/u, '').length;
    const { start } = result;
    if (!covered || !start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) continue;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null) continue;
    const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    // A day ahead of the ingesting machine's: the tweet's time zone may be.
    const latest = new Date(today.getTime() + 86_400_000).toISOString().slice(0, 10);
    if (iso < FIRST_TWEET || iso > latest) return { iso: null, locale: null, doubt: `${iso} is before the first post on X (${FIRST_TWEET}) or after today` };
    return { iso, locale: name };
  }
  return { iso: null, locale: null };
}
