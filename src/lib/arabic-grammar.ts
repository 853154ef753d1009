/**
 * Counted nouns in Arabic (issue #18): the noun's form follows the number (Intl.PluralRules
 * 'ar': zero, one, two, few 3–10, many 11–99, other 100+) and, for the dual, the case the phrase
 * stands in: «دقيقتان» as a subject, «دقيقتين» after a preposition or «نحو». Digits are the
 * reader's choice (format.ts).
 */
import { formatNumber, type DigitStyle } from './format.ts';

export type GrammaticalCase = 'nominative' | 'accusative' | 'genitive';

export type CountedNoun = {
  /** «فقرة»: with one (followed by its adjective) and after 100, 1000… */
  readonly singular: string;
  /** «واحدة» or «واحد», agreeing with the noun. */
  readonly one: string;
  readonly dualNominative: string;
  /** Accusative and genitive: «فقرتين». */
  readonly dualOblique: string;
  /** After 3–10: «فقرات». */
  readonly plural: string;
  /** After 11–99, the accusative singular: «فقرةً», «مقطعًا». */
  readonly tamyiz: string;
};

const rules = new Intl.PluralRules('ar');

/** «لا فقرات», «فقرة واحدة», «فقرتان»/«فقرتين», «٣ فقرات», «١١ فقرةً», «١٠٠ فقرة». */
export function countOf(count: number, noun: CountedNoun, grammaticalCase: GrammaticalCase, digits: DigitStyle): string {
  const n = formatNumber(count, digits);
  switch (rules.select(count)) {
    case 'zero':
      return `لا ${noun.plural}`;
    case 'one':
      return `${noun.singular} ${noun.one}`;
    case 'two':
      return grammaticalCase === 'nominative' ? noun.dualNominative : noun.dualOblique;
    // A number keeps to the noun it counts at a line's end (a no-break space).
    case 'few':
      return `${n}\u00a0${noun.plural}`;
    case 'many':
      return `${n}\u00a0${noun.tamyiz}`;
    default:
      return `${n}\u00a0${noun.singular}`;
  }
}

/**
 * Some of a counted whole, the part counted: «فقرة واحدة من ٨», «فقرتان من ٨», «٤ فقرات من ٨»;
 * all of it: «الفقرات كلها», «الفقرتان كلتاهما» («الفقرتين كلتيهما» after a preposition),
 * «فقرة المقال الوحيدة». Null for none: a sentence about nothing is worded apart.
 */
export function partOf(count: number, total: number, noun: CountedNoun, grammaticalCase: GrammaticalCase, digits: DigitStyle): string | null {
  if (count <= 0) return null;
  const feminine = noun.one === 'واحدة';
  // «من ١٠» keeps to its count at a line's end (no-break spaces).
  if (count < total) return `${countOf(count, noun, grammaticalCase, digits)}\u00a0من\u00a0${formatNumber(total, digits)}`;
  if (total === 1) return `${noun.singular} المقال ${feminine ? 'الوحيدة' : 'الوحيد'}`;
  if (total === 2) {
    const both = grammaticalCase === 'nominative' ? (feminine ? 'كلتاهما' : 'كلاهما') : feminine ? 'كلتيهما' : 'كليهما';
    return `ال${grammaticalCase === 'nominative' ? noun.dualNominative : noun.dualOblique} ${both}`;
  }
  return `ال${noun.plural} كلها`;
}

/** The noun alone as it follows a number written apart from it («من ١٠ …» is countOf's). */
export function nounAfter(count: number, noun: CountedNoun): string {
  switch (rules.select(count)) {
    case 'few':
    case 'zero':
      return noun.plural;
    case 'many':
      return noun.tamyiz;
    default:
      return noun.singular;
  }
}

const feminine = (singular: string, stem: string, plural: string): CountedNoun => ({
  singular,
  one: 'واحدة',
  dualNominative: `${stem}تان`,
  dualOblique: `${stem}تين`,
  plural,
  tamyiz: `${singular}ً`,
});

const masculine = (singular: string, plural: string, tamyiz = `${singular}ًا`): CountedNoun => ({
  singular,
  one: 'واحد',
  dualNominative: `${singular}ان`,
  dualOblique: `${singular}ين`,
  plural,
  tamyiz,
});

/** The nouns the interface counts. */
export const nouns = {
  minute: feminine('دقيقة', 'دقيق', 'دقائق'),
  paragraph: feminine('فقرة', 'فقر', 'فقرات'),
  tweet: feminine('تغريدة', 'تغريد', 'تغريدات'),
  page: feminine('صفحة', 'صفح', 'صفحات'),
  result: feminine('نتيجة', 'نتيج', 'نتائج'),
  word: feminine('كلمة', 'كلم', 'كلمات'),
  claim: masculine('ادعاء', 'ادعاءات', 'ادعاءً'),
  block: masculine('مقطع', 'مقاطع'),
  article: masculine('مقال', 'مقالات'),
  source: masculine('مصدر', 'مصادر'),
  tag: masculine('وسم', 'وسوم'),
  /** Where a tag occurs (a paragraph or tweet counted as an occurrence, not as a passage). */
  place: masculine('موضع', 'مواضع'),
} as const satisfies Record<string, CountedNoun>;
