/**
 * Matching keys for Arabic text, after Lucene's ArabicNormalizer: alef forms (آ أ إ) become
 * bare alef, alef maksura becomes yeh, teh marbuta becomes heh, and tatweel and the eight
 * harakat (U+064B–U+0652) are removed. On top of that: decomposed letters are composed first
 * (alef + combining hamza is «أ»), Arabic-Indic and Persian digits are the digits 0–9, case
 * folding, and `_`, ZWNJ and any run of spaces or punctuation count as one word separator; bidi
 * controls and other invisible format characters are dropped. Keys are for matching only, never
 * for display.
 */

// eslint-disable-next-line no-misleading-character-class -- a class of lone combining marks, on purpose
const REMOVED = /[\u0640\u064b-\u0652]/u;
const SEPARATOR = /[\s_\u200c\p{P}\p{S}]/u;
// Format characters (bidi controls, ZWJ, BOM…) change how text looks, not what it says. ZWNJ is a separator above.
const INVISIBLE = /\p{Cf}/u;
const LETTER_MAP: Readonly<Record<string, string>> = {
  '\u0622': '\u0627', // آ
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0649': '\u064a', // ى → ي
  '\u0629': '\u0647', // ة → ه
  // Persian and Urdu forms of Arabic letters, alike to the eye in the middle of a word: «ایران»
  // (Farsi yeh) is «ايران» to a reader.
  '\u06cc': '\u064a', // ی (Farsi yeh) → ي
  '\u06a9': '\u0643', // ک (keheh) → ك
  '\u06c1': '\u0647', // ہ (heh goal) → ه
  '\u06c3': '\u0647', // ۃ (teh marbuta goal) → ه
  '\u0671': '\u0627', // ٱ (alef wasla) → ا
};

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits to ASCII: «٢٠٢٤» and «۲۰۲۴» are «2024». */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String((digit.charCodeAt(0) & 0xf) % 10));
}

/**
 * Maps one letter with its combining marks (or one character) to its normalized form: '' to
 * drop it, ' ' for a separator.
 */
function normalizeChar(ch: string): string {
  let mapped = '';
  for (const part of ch.normalize('NFKC')) {
    if (REMOVED.test(part) || (INVISIBLE.test(part) && part !== '\u200c')) continue;
    mapped += SEPARATOR.test(part) ? ' ' : (LETTER_MAP[part] ?? toAsciiDigits(part).toLowerCase());
  }
  return mapped.includes(' ') ? ' ' : mapped;
}

/** A letter with the combining marks after it (composed together by NFKC), or a lone mark. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/** The matching key of a hashtag or phrase: «#دير_الزور» and «ديـر الزّور» both give «دير الزور». */
export function toMatchKey(text: string): string {
  const parts: string[] = [];
  let afterSeparator = true;
  // Composed first: a decomposed «إ» (alef + hamza below) is the same letter as a composed one.
  for (const ch of text.normalize('NFKC').replace(/^[#\uFF03]/u, '')) {
    const mapped = normalizeChar(ch);
    if (mapped === '' || (mapped === ' ' && afterSeparator)) continue;
    parts.push(mapped);
    afterSeparator = mapped === ' ';
  }
  return parts.join('').trimEnd();
}

export type NormalizedText = {
  /** The normalized text, separators collapsed to single spaces. */
  readonly text: string;
  /** For each UTF-16 index of `text`, the UTF-16 offset in the original where it came from. */
  readonly origin: readonly number[];
};

/** Normalizes running text while remembering where each normalized character came from. */
export function normalizeWithOrigins(original: string): NormalizedText {
  // Parts joined once at the end: `endsWith` on a string built by `+=` flattened it every time,
  // which made a 400,000-character text take 20 s.
  const parts: string[] = [];
  const origin: number[] = [];
  let offset = 0;
  let afterSeparator = true;
  // By letter with its marks: a decomposed «أ» (alef + combining hamza) composes into the letter.
  for (const [ch] of original.matchAll(CLUSTER)) {
    const mapped = normalizeChar(ch);
    if (mapped !== '' && !(mapped === ' ' && afterSeparator)) {
      for (let k = 0; k < mapped.length; k += 1) origin.push(offset);
      parts.push(mapped);
      afterSeparator = mapped === ' ';
    }
    offset += ch.length;
  }
  return { text: parts.join(''), origin };
}

export type TextRange = { readonly start: number; readonly end: number };

// Single-letter proclitics that attach to the next word in Arabic script (و ف ب ك ل).
const PROCLITICS = /^[\u0648\u0641\u0628\u0643\u0644]{0,2}$/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Ranges of `original` where the phrase with matching key `key` appears as whole words
 * (a leading proclitic such as «و» or «ب» is allowed before a key of two letters or more).
 * Offsets are UTF-16, end exclusive.
 */
export function findKeyInText(original: string, key: string, normalized = normalizeWithOrigins(original)): TextRange[] {
  if (key === '') return [];
  const ranges: TextRange[] = [];
  const { text, origin } = normalized;
  let from = 0;
  for (;;) {
    const at = text.indexOf(key, from);
    if (at < 0) break;
    from = at + 1;
    const end = at + key.length;
    if (end < text.length && WORD_CHAR.test(text.charAt(end))) continue;
    const wordStart = Math.max(text.lastIndexOf(' ', at - 1) + 1, 0);
    if (!PROCLITICS.test(text.slice(wordStart, at))) continue;
    // A proclitic comes before a word, not a letter: «ي» is not found in «في» (the search's
    // prefixes leave two letters at least too: search-text.ts).
    if (wordStart < at && key.length < 2) continue;
    // The mark covers the whole word, proclitic included, so no word is split across elements.
    const startOrigin = origin[wordStart];
    const lastOrigin = origin[end - 1];
    if (startOrigin === undefined || lastOrigin === undefined) continue;
    ranges.push({ start: startOrigin, end: originEnd(original, lastOrigin) });
  }
  return ranges;
}

// Extends a match over the characters normalization dropped (harakat, tatweel) inside the last word.
function originEnd(original: string, lastOrigin: number): number {
  let end = lastOrigin + ((original.codePointAt(lastOrigin) ?? 0) > 0xffff ? 2 : 1);
  while (end < original.length && REMOVED.test(original.charAt(end))) end += 1;
  return end;
}
