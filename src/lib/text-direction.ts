/**
 * Text direction from the script of the whole text (not only its first strong character),
 * and neutralizing of invisible bidi controls in user-generated text (Trojan Source, issue #10).
 */

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LTR_LETTER = /\p{L}/u;

export type Direction = 'rtl' | 'ltr';

/** 'rtl' when right-to-left letters are at least as many as other letters (ties read RTL here). */
export function detectDirection(text: string, fallback: Direction = 'rtl'): Direction {
  let rtl = 0;
  let ltr = 0;
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) rtl += 1;
    else if (LTR_LETTER.test(ch)) ltr += 1;
  }
  if (rtl === 0 && ltr === 0) return fallback;
  return rtl >= ltr ? 'rtl' : 'ltr';
}

/**
 * How a block reads: a tweet by its letters (as its card shows it); a paragraph right to left,
 * like the article, however much Latin it quotes, unless it has no right-to-left letter at all
 * (a paragraph in English reads left to right: its stop at its end).
 */
export function blockDirection(kind: 'paragraph' | 'tweet', text: string): Direction {
  if (kind === 'tweet') return detectDirection(text);
  return !RTL_LETTER.test(text) && LTR_LETTER.test(text) ? 'ltr' : 'rtl';
}

/** The BCP 47 language we can honestly claim for a text: Arabic script → 'ar', else undefined. */
export function guessLanguage(text: string): 'ar' | undefined {
  return detectDirection(text, 'ltr') === 'rtl' && /\p{Script=Arabic}/u.test(text) ? 'ar' : undefined;
}

// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the marks LRM/RLM/ALM
// and other invisible format characters that can reorder or hide what a reader sees.
const BIDI_AND_INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/** One of BIDI_AND_INVISIBLE's characters (no `g` flag: `test` keeps no position). */
const BIDI_CONTROL = new RegExp(BIDI_AND_INVISIBLE.source, 'u');

/** Removes bidi controls and invisible format characters from user-generated text. ZWNJ/ZWJ stay: Persian and emoji need them. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_AND_INVISIBLE, '');
}

export type TextRun = { readonly start: number; readonly end: number };

/**
 * `text` without its bidi controls (stripBidiControls), with `ranges` of it moved to the offsets
 * of what is left: a quote marked where a search or a tag matched it shows no override either.
 */
export function withoutBidiControls(text: string, ranges: readonly TextRun[]): { text: string; ranges: TextRun[] } {
  const clean = stripBidiControls(text);
  if (clean === text) return { text, ranges: [...ranges] };
  // For each offset of `text`, the offset in `clean` where it lands.
  const moved: number[] = [];
  let kept = 0;
  for (const ch of text.split('')) {
    moved.push(kept);
    if (!BIDI_CONTROL.test(ch)) kept += 1;
  }
  moved.push(kept);
  return { text: clean, ranges: ranges.map(({ start, end }) => ({ start: moved[start] ?? kept, end: moved[end] ?? kept })) };
}

const OPENERS = /^[([{«"“‘'<—–-]+/u;
const CLOSERS = /[)\]}»"”’'>.,،؛;:!?؟—–\s-]+$/u;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Brackets, each opening one before its closing one: a run keeps both of a pair, or neither. */
const PAIRS = '()[]{}<>«»“”‘’';

/**
 * [start, end) widened within [from, to) so that a bracket inside it has its partner inside too
 * («CNN (Cable News Network)», «alert(1)>»): one left outside the isolate would be drawn by the
 * Arabic around it, mirrored and at the wrong end of the run. A straight quote («"no"», «'done
 * deal'») likewise.
 */
function withPartners(text: string, from: number, start: number, end: number, to: number): TextRun {
  /** The closing brackets (and quote) the run awaits, the innermost last. */
  const awaited: string[] = [];
  /** The opening brackets of closing ones the run has alone. */
  const missing: string[] = [];
  let quotes = 0;
  /** Single quotes opened and not closed («'done deal'»); an apostrophe («It's») is neither. */
  let singles = 0;
  for (let index = start; index < end; index += 1) {
    const ch = text.charAt(index);
    const at = PAIRS.indexOf(ch);
    if (ch === '"') quotes += 1;
    else if (ch === "'") {
      const afterWord = WORD_CHAR.test(text.charAt(index - 1));
      const beforeWord = WORD_CHAR.test(text.charAt(index + 1));
      if (beforeWord && !afterWord) singles += 1;
      else if (afterWord && !beforeWord && singles > 0) singles -= 1;
    } else if (at % 2 === 0) awaited.push(PAIRS.charAt(at + 1));
    else if (at > 0 && awaited.at(-1) === ch) awaited.pop();
    else if (at > 0) missing.push(PAIRS.charAt(at - 1));
  }
  if (singles > 0) awaited.unshift("'");
  if (quotes % 2 === 1) awaited.unshift('"');
  let last = end;
  for (const closing of awaited.reverse()) {
    const at = text.indexOf(closing, last);
    if (at !== -1 && at < to) last = at + 1;
  }
  let first = start;
  for (const opening of missing) {
    const at = first > from ? text.lastIndexOf(opening, first - 1) : -1;
    if (at >= from) first = at;
  }
  return { start: first, end: last };
}

function hasLtrLetter(token: string): boolean {
  for (const ch of token) if (LTR_LETTER.test(ch) && !RTL_LETTER.test(ch)) return true;
  return false;
}

/**
 * The words of a text, split also where an Arabic word (its letters, harakat, tatweel and
 * joiners) is glued to something else: «و<iframe», «رابط</a>», «الـCNN».
 */
const WORDS = new RegExp(`(?:${RTL_LETTER.source}[\\p{M}\\u0640\\u200c\\u200d]*)+|[^\\s${RTL_LETTER.source.slice(1, -1)}]+`, 'gu');

/**
 * Left-to-right runs inside right-to-left text that need isolating («3 novembre 2017»,
 * «Mourad*», «pic.twitter.com/…»): maximal runs of words without right-to-left letters that
 * contain at least one left-to-right letter, without the brackets and sentence punctuation
 * around them (but with the partner of a bracket inside, and markup's own angle brackets
 * around: «<img …>», «</a>»). Numbers on their own stay in the Arabic flow, and so does what is
 * glued to an Arabic word without a Latin letter («و$1», «العربية،»).
 */
export function findLtrRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let group: { start: number; end: number; hasLetter: boolean } | null = null;
  const flush = () => {
    if (group?.hasLetter) {
      const slice = text.slice(group.start, group.end);
      const lead = OPENERS.exec(slice)?.[0].length ?? 0;
      const trail = CLOSERS.exec(slice.slice(lead))?.[0].length ?? 0;
      let start = group.start + lead;
      let end = group.end - trail;
      // Angle brackets around markup go in with it: left to the Arabic around, they are mirrored,
      // and drawn apart when the run wraps («img src=x >» on one line, «<onerror…» on the next).
      const closing = text.indexOf('>', end);
      if (text[start - 1] === '<' && start > group.start && closing !== -1 && closing < group.end) {
        start -= 1;
        end = closing + 1;
      }
      // So does an entity's semicolon («&amp;»).
      if (text[end] === ';' && end < group.end && /&#?\w+$/u.test(text.slice(start, end))) end += 1;
      if (end > start) runs.push(withPartners(text, group.start, start, end, group.end));
    }
    group = null;
  };
  let previousEnd = -1;
  /** Where the group ended before its last word, when that word had no letter (a «#», a quote). */
  let before: number | null = null;
  for (const { 0: word, index: start } of text.matchAll(WORDS)) {
    const glued = start === previousEnd;
    previousEnd = start + word.length;
    if (RTL_LETTER.test(word)) {
      // What leads an Arabic word («#» of «#وسم», an opening quote) is the Arabic word's.
      if (glued && group && before !== null) group.end = before;
      flush();
      continue;
    }
    before = null;
    const hasLetter = hasLtrLetter(word);
    // Glued, the word follows an Arabic one, which ended any group.
    if (group && !glued) {
      if (!hasLetter) before = group.end;
      group.end = start + word.length;
      group.hasLetter ||= hasLetter;
    } else if (!glued || hasLetter) {
      group = { start, end: start + word.length, hasLetter };
    }
    // Else punctuation or a number glued to an Arabic word: it reads with it.
  }
  flush();
  return runs;
}
