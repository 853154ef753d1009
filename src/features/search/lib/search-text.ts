/**
 * Arabic-aware search (issue #20), on both sides of a static index (Pagefind): the build indexes
 * each paragraph's and tweet's text as matching words (src/lib/arabic-normalize.ts: one alef,
 * yeh for alef maksura, heh for teh marbuta, no harakat, no tatweel, no bidi controls), each
 * word also without its article («ال», after و or ف and ب or ك if any, or «لل») or else without
 * its «و»; a query is read the same way, its words without their article. So «الجيش» finds
 * «جيش» and the other way round, «دمرت» finds «ودمرت», «الاسلامي» finds «الإسلامي», «مدينه»
 * finds «مدينة», «مَدِينَة» and «مـديـنة» find it too. Numbers are read as numbers: «بـ15» and «و20%»
 * are found by «15» and «20», «1,500» by «1500», and «3.5» or «٣٫٥» is one word.
 * Pure: no React, no DOM.
 */
import { normalizeWithOrigins, type TextRange } from '../../../lib/arabic-normalize.ts';

/** The longest query read: the rest of a pasted page is ignored, not an error. */
export const MAX_QUERY = 200;

const ARTICLE = /^(?:[وف]?[بك]?ال|[وف]?لل)(?=.{2})/u;

/**
 * The conjunction «و» with three letters left, as light stemmers of Arabic take it off (Larkey's
 * light10): «ومشفى» is found by «مشفى». Only on the index's side: a query keeps it, since the
 * index holds every word as written too («وزير» finds «الوزير», never every «زير»). Not ب, ل, ف
 * or ك alone: each begins too many words of its own («بلد», «لبنان», «فيلم», «كتاب»).
 */
const CONJUNCTION = /^و(?=.{3})/u;

/**
 * A one- or two-letter proclitic glued to a number («ب15», «لـ12», «و20», «وب3»): on the index's
 * side the number is a form of its own, found by the number alone.
 */
const BEFORE_NUMBER = /^[وفبلك]{1,2}(?=[0-9])/u;

/** What a decimal separator is in the index's words: a letter, so the number stays one word. */
const DECIMAL_POINT = '\u01c0';

/**
 * A text with its numbers read whole, the same length (offsets stay): a thousands separator
 * between digits (a comma before three of them) is dropped by normalizing (a zero-width joiner,
 * an invisible character), so «1,500» and «١٬٥٠٠» are «1500»; a decimal separator between digits
 * («.», «٫», or a comma before other than three) becomes a letter no one types (U+01C0), so «3.5»,
 * «3,5» and «٣٫٥» are one word, not two of a single digit each, too short to search.
 */
function readNumbers(text: string): string {
  return text.replace(/(?<=\p{Nd})[,\u066c](?=\p{Nd}{3}(?!\p{Nd}))/gu, '\u200d').replace(/(?<=\p{Nd})[.,\u066b](?=\p{Nd})/gu, DECIMAL_POINT);
}

/** The matching words of a text, numbers read whole. */
function matchingText(text: string): ReturnType<typeof normalizeWithOrigins> {
  return normalizeWithOrigins(readNumbers(text));
}

/** A word without its article, or the word itself. */
export function withoutArticle(word: string): string {
  return word.replace(ARTICLE, '');
}

/**
 * The forms of a word the index holds: as written, and without its article, or else without its
 * «و», or a number without the letters glued before it.
 */
function formsOf(word: string): string[] {
  const number = word.replace(BEFORE_NUMBER, '');
  if (number !== word) return [word, number];
  const bare = withoutArticle(word);
  const short = bare === word ? word.replace(CONJUNCTION, '') : bare;
  return short === word ? [word] : [word, short];
}

/** What the index holds of a text: its matching words, each with its article-less form too. */
export function indexedText(text: string): string {
  const words = matchingText(text).text.split(' ').filter((word) => word !== '');
  return words.flatMap(formsOf).join(' ');
}

/** The shortest word searched: a single letter («و», «ا») would match nearly every record. */
export const MIN_TERM = 2;

/**
 * The words of a query as the index is searched for them (none: nothing to search). «ال» alone
 * is no word: it begins nearly every noun.
 */
export function queryTerms(query: string): string[] {
  return [...new Set(queryWords(query).map(withoutArticle).filter((word) => word.length >= MIN_TERM && word !== 'ال'))];
}

/** A query's matching words, as far as it is read. */
function queryWords(query: string): string[] {
  return matchingText(query.slice(0, MAX_QUERY)).text.split(' ').filter((word) => word !== '');
}

/** A query that is one hashtag («#سوريا», «＃سوريا»): the tag as written, without its «#»; else null. */
export function hashtagOfQuery(query: string): string | null {
  return /^[#\uFF03][^\s#\uFF03]+$/u.test(query) ? query.slice(1) : null;
}

/** Whether the query is «ال» and nothing else: the page says why it searches nothing. */
export function isArticleAlone(query: string): boolean {
  const words = queryWords(query);
  return words.length > 0 && words.every((word) => word === 'ال');
}

/**
 * Where a text's words match the query's terms, in UTF-16 offsets of the original: a word
 * matches when it, or its form without the article, starts with a term, as the index finds it
 * (scripts/lib/search-index.ts: no stemming, each query word extended to the words it begins).
 */
export function matchRanges(original: string, terms: readonly string[]): TextRange[] {
  if (terms.length === 0) return [];
  const { text, origin } = matchingText(original);
  const ranges: TextRange[] = [];
  let at = 0;
  for (const word of text.split(' ')) {
    const start = at;
    at += word.length + 1;
    if (word === '') continue;
    const forms = formsOf(word);
    if (!terms.some((term) => forms.some((form) => form.startsWith(term)))) continue;
    const from = origin[start] ?? 0;
    // Up to the separator after the word: the word's own marks and tatweel are part of it.
    const to = origin[start + word.length] ?? original.length;
    ranges.push({ start: from, end: to });
  }
  return ranges;
}
