/**
 * A headline taken from the lede (ingest proposes one when the source has none): its first words,
 * up to the end of its first clause. A comma, stop or colon ends a clause only before a space or
 * the end: inside «$2,350.75», «12:30» or «https://…» it is part of the word.
 */
const CLAUSE_END = /[،,.!؟?:؛](?=\s|$)/u;
const MAX_WORDS = 12;

const FIRST_WORDS = new RegExp(`^\\s*(\\S+(?:\\s+\\S+){0,${MAX_WORDS - 1}})`, 'u');

/** The first words of the lede as written (spaces too), up to the end of its first clause (at most 12 words). */
export function ledeExcerpt(text: string): string {
  const clause = text.split(CLAUSE_END)[0] ?? text;
  return FIRST_WORDS.exec(clause)?.[1] ?? '';
}

/**
 * Whether `headline`, the start of `lede`, ends where a word ends: a headline cut inside a word,
 * a number or an address («ارتفع سعر الذهب إلى $2» of «$2,350.75») says something the lede does not.
 */
export function endsAtWordEnd(lede: string, headline: string): boolean {
  const rest = lede.slice(headline.length);
  return rest === '' || /^\s/u.test(rest) || new RegExp(`^${CLAUSE_END.source}`, 'u').test(rest);
}
