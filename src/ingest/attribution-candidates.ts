/**
 * Attribution candidates: sentences in which the article attributes a claim («أشارت مصادر
 * عسكرية إلى…», «بحسب الوكالة…»). Each becomes a proposed source and citation for an editor to
 * confirm; nothing here is shown to readers until then.
 */
import type { SourceKind } from '../lib/source-kinds.ts';
import { toMatchKey } from '../lib/arabic-normalize.ts';

export type AttributionCandidate = {
  /** The words naming who says it, as written. */
  readonly name: string;
  readonly kind: SourceKind;
  /** The sentence (or its first 300 characters) carrying the attribution, verbatim. */
  readonly quote: string;
};

// Verbs of saying (masculine and feminine, with an optional و/ف) and «according to» phrases.
const VERB = /^[وف]?(?:قال|قالت|أشار|أشارت|أفاد|أفادت|أكد|أكدت|أكّد|أكّدت|ذكر|ذكرت|أعلن|أعلنت|نقل|نقلت|صرح|صرّح|صرحت|صرّحت|أضاف|أضافت)$/u;
const ACCORDING_TO = /^[وف]?(?:بحسب|حسب|وفقا|وفقاً|وفقًا|نقلا|نقلاً|نقلًا)$/u;
// What ends a name: a conjunction or preposition, a relative pronoun («رويترز التي نقلت…»), a
// means («عبر حسابه»).
const STOP = /^(?:إلى|الى|أن|أنّ|ان|إن|إنّ|بأن|بأنّ|عن|في|على|لـ|:|،|التي|الذي|الذين|اللذين|اللتين|اللواتي|عبر)$/u;
// A quotation opens: what follows is what was said, not who said it; except after a word that
// names a body by its quoted name («صحيفة «فايننشال تايمز»»).
const OPENS_QUOTE = /^[«“"]/u;
const NAMED_BODY = /^(?:صحيفة|وكالة|قناة|موقع|مجلة|إذاعة|شبكة|منظمة|حركة|حزب|جماعة|هيئة|جمعية)$/u;
// «المتحدث باسم الوزارة»: the one ب-word that continues a name rather than ending it («بأن»).
const CONTINUES_NAME = /^باسم$/u;
/**
 * Whom a speaker told, after the name: «قال مسؤول لوكالة رويترز», «قال لؤي حسين للصحفيين»,
 * «قالت لنا». A name may hold other words with ل («المرصد السوري لحقوق الإنسان», «للأنباء»), so
 * only the press and pronouns end it.
 */
const ADDRESSEE = /^ل(?:ل?(?:صحفيين|صحافيين|صحفي|صحافي|صحافة|مراسلين|مراسل|تلفزيون|إذاعة)|(?:وكالة|وكالات|قناة|صحيفة|موقع|مجلة|إذاعة|تلفزيون)|(?:ي|نا|ك|كم|ه|ها|هم|هما|هن))$/u;
const MAX_NAME_WORDS = 5;
const MAX_QUOTE = 300;

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!؟?…])\s+/u).filter((sentence) => sentence.trim() !== '');
}

function clean(word: string): string {
  return word.replace(/^[«“"(]+|[»”")،,:.]+$/gu, '');
}

/** «لوزارة» → «وزارة», «للمرصد» → «المرصد», «لـ«رويترز»» → «رويترز»: the preposition of «وفقاً لـ». */
function withoutPreposition(word: string): string {
  if (word.startsWith('لل')) return `ال${word.slice(2)}`;
  return clean(word.replace(/^لـ?/u, ''));
}

/**
 * The words after a verb of saying or an «according to», up to what ends a name. After a verb
 * the words are kept as written: a name may begin with ل («لجنة», «ليث»), and «لـ» written
 * apart names who was told, not who said.
 */
function nameAfter(words: readonly string[], from: number, afterPreposition: boolean): string[] {
  const name: string[] = [];
  for (let i = from; i < words.length && name.length < MAX_NAME_WORDS; i += 1) {
    const word = words[i] ?? '';
    let bare = clean(word);
    if (OPENS_QUOTE.test(word) && name.length > 0 && !NAMED_BODY.test(name.at(-1) ?? '')) break;
    if (STOP.test(bare) || (name.length > 0 && bare.startsWith('ب') && !CONTINUES_NAME.test(bare))) break;
    if (name.length === 0 && afterPreposition) bare = withoutPreposition(bare);
    else if (bare.startsWith('لـ') || (name.length > 0 && ADDRESSEE.test(bare))) break;
    name.push(bare);
    if (/[،,:.]$/u.test(word)) break;
  }
  return name.filter((word) => word !== '');
}

function nameBefore(words: readonly string[], verbAt: number): string[] {
  const name: string[] = [];
  for (let i = verbAt - 1; i >= 0 && name.length < MAX_NAME_WORDS; i -= 1) {
    const word = words[i] ?? '';
    if (/[،,:.]$/u.test(word)) break;
    name.unshift(clean(word));
  }
  return name;
}

/** A first guess at the kind of a source from how it is named; an editor confirms it. */
export function guessSourceKind(name: string): SourceKind {
  const key = toMatchKey(name);
  if (key.includes('مصادر') || key.includes('مصدر')) {
    if (key.includes('عسكري')) return 'unnamed-military';
    if (key.includes('اعلام')) return 'unnamed-media';
    return 'unnamed-official';
  }
  if (key.includes('وكاله')) return 'news-agency';
  return 'unclassified';
}

function trimQuote(sentence: string): string {
  const trimmed = sentence.trim();
  if (trimmed.length <= MAX_QUOTE) return trimmed;
  const cut = trimmed.slice(0, MAX_QUOTE);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_QUOTE / 2)).trimEnd();
}

/** The attribution candidates in one paragraph, in reading order. */
export function findAttributionCandidates(text: string): AttributionCandidate[] {
  const found: AttributionCandidate[] = [];
  for (const sentence of sentencesOf(text)) {
    const words = sentence.split(/\s+/u).filter((word) => word !== '');
    for (let i = 0; i < words.length; i += 1) {
      const bare = clean(words[i] ?? '');
      let name: string[];
      if (VERB.test(bare)) {
        // «قال:» opens a quotation: who said it is before the verb, if anywhere.
        name = /:$/u.test(words[i] ?? '') ? [] : nameAfter(words, i + 1, false);
        if (name.length === 0) name = nameBefore(words, i);
      } else if (ACCORDING_TO.test(bare)) {
        // Only «وفقاً» takes «لـ» before the name: after «بحسب» a first ل is the name's («بحسب ليث»).
        // «نقلاً عن» and «وفقاً لـ» written apart: the name follows the preposition.
        const apart = /^(?:عن|لـ)$/u.test(clean(words[i + 1] ?? '')) ? 1 : 0;
        name = nameAfter(words, i + 1 + apart, apart === 0 && /^[وف]?وفق/u.test(bare));
      } else {
        continue;
      }
      if (name.length === 0) continue;
      const written = name.join(' ');
      found.push({ name: written, kind: guessSourceKind(written), quote: trimQuote(sentence) });
      break; // one candidate per sentence: the editor splits further if needed
    }
  }
  return found;
}
