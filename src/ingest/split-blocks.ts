/**
 * Raw scraped text → paragraphs and tweets, in order, in time linear in the text (issue #17).
 * Tweets arrive flattened: their text lines with «— Name (@handle) date» glued to the last one.
 * A signature is found from its `(@handle)` (a linear scan), then the nearest dash before it in a
 * window the length of a name; nothing backtracks over a line. What might be misplaced is
 * reported as a note naming its line, never silently: a second signature on one line, lines
 * taken into a tweet that read like prose, a handle longer than X allows, lines of only
 * invisible characters, a tweet longer than X allows, a tweet quoted twice. Limits are checked
 * as they are crossed.
 */
import { extractHashtags } from '../lib/hashtags.ts';
import type { TweetBlock } from '../content/schema.ts';
import { SIGNATURE_DASHES } from '../content/raw-text.ts';
import { parseEmbedDate, type ParsedDate } from './parse-date.ts';

export class IngestError extends Error {
  override name = 'IngestError';
}

/** What the content schema allows, checked while reading. */
export const LIMITS = { blocks: 5_000, paragraph: 20_000, tweet: 1_000, name: 100, date: 100 } as const;

export type DraftTweet = Omit<TweetBlock, 'id' | 'sourceId'>;
export type DraftBlock =
  | { readonly kind: 'paragraph'; readonly text: string; readonly line: number }
  | { readonly kind: 'tweet'; readonly tweet: DraftTweet; readonly firstLine: number; readonly line: number };

/** A note for the editor, with the line (1-based) it is about. */
export type IngestNote = { readonly line: number | null; readonly message: string };

const HANDLE = /\(@([A-Za-z0-9_]+)\)/g;
const MEDIA = /(?:https?:\/\/)?pic\.twitter\.com\/[A-Za-z0-9]+/gu;
const LINK = /(?<![\w./])(?:https?:\/\/)?(?:t\.co|x\.com|(?:www\.)?twitter\.com)\/[^\s—\p{Cf}]+[^\s—.,،:;!?)»”\p{Cf}]/gu;
const URL_WEIGHT = 23; // twitter-text counts every link as 23 characters
const MAX_TWEET = 280;
/** Text the eye cannot see: a line of only these (and spaces) is no paragraph. */
const INVISIBLE_ONLY = /^[\s\p{Cf}]*$/u;
// What a line of a tweet usually carries; a line taken into a tweet without any is reported.
const TWEET_FEATURE = /[#＃@]|https?:\/\/|pic\.twitter\.com|\p{Extended_Pictographic}/u;

/**
 * What X's page shows around a quoted or threaded tweet, scraped with it: a line of only «Quote
 * Tweet», «Show this thread», «Replying to @x» or an @handle is X's, not the article's words.
 */
const X_CHROME = /^(?:Quote(?: Tweet| post)?|Show this thread|Replying to @\w{1,15}|اقتباس(?: التغريدة)?|عرض هذه السلسلة|ردًا على @\w{1,15}|@\w{1,15})$/iu;

type Signature = { readonly dash: number; readonly name: string; readonly handle: string; readonly end: number };

/** Twitter's weighted length, near enough to tell a tweet from a paragraph. */
function tweetLength(text: string): number {
  let length = [...text].length;
  for (const match of text.matchAll(/(?:https?:\/\/)?[\w.-]+\.[a-z]{2,}\/\S*/giu)) length += URL_WEIGHT - [...match[0]].length;
  return length;
}

/** A full prose paragraph (long, or ending a sentence) is never part of a tweet. */
function isProse(text: string): boolean {
  const trimmed = text.replace(/\p{Cf}/gu, '').trim();
  return trimmed.length > 140 || (trimmed.length > 60 && /[.!؟?…]["”»)]?$/u.test(trimmed));
}

/** A line that introduces a tweet («وغرّد الصحفي @ahmad_news قائلاً:»): the article's voice. */
function introducesTweet(text: string): boolean {
  return /[:：]$/u.test(text.trim());
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** The tweet signatures of one line, in order. */
function findSignatures(text: string, line: number, notes: IngestNote[]): Signature[] {
  const found: Signature[] = [];
  for (const match of text.matchAll(HANDLE)) {
    const handle = match[1] ?? '';
    const windowStart = Math.max(found.at(-1)?.end ?? 0, match.index - LIMITS.name - 16);
    const before = text.slice(windowStart, match.index);
    let dash = -1;
    let dashLength = 0;
    for (const candidate of SIGNATURE_DASHES) {
      const at = before.lastIndexOf(candidate);
      if (at > dash) {
        dash = at;
        dashLength = candidate.length;
      }
    }
    if (dash < 0) continue;
    const name = before.slice(dash + dashLength).trim();
    if (name === '' || name.length > LIMITS.name) continue;
    if (handle.length > 15) {
      notes.push({ line, message: `«(@${handle})» reads like a tweet's signature, but an X handle has at most 15 characters: kept as text` });
      continue;
    }
    const end = match.index + match[0].length;
    // An en dash is prose's far more often («2011–2015», «وكتب المتحدث – عبر حسابه (@x) أن…»):
    // it signs a tweet only when a date follows the handle, and never between two figures.
    if (before.slice(dash, dash + dashLength) === '–') {
      const range = /\p{Nd}/u.test(before.charAt(dash - 1)) && /^\s*\p{Nd}/u.test(before.slice(dash + 1));
      if (range || splitDate(text.slice(end)) === null) {
        if (!range) notes.push({ line, message: `«– ${name} (@${handle})» reads like a tweet's signature after an en dash, but no date follows it: kept as text` });
        continue;
      }
    }
    found.push({ dash: windowStart + dash, name, handle, end });
  }
  return found;
}

/** Invisible format characters (direction marks): no part of a date or a sentence's end. */
const FORMAT = /\p{Cf}/gu;
/** A word of figures alone («١٥», «12»): after a date, the next sentence's number, not its hour. */
const FIGURES = /^[\p{Nd}]+$/u;
/** What may close a date written in a sentence: «3 novembre 2017، وقال…». */
const CLOSING = /[،,;؛.]$/u;

/** A date as written, read without its direction marks and a comma or stop that closes it. */
function parseWritten(text: string): ParsedDate {
  return parseEmbedDate(text.replace(FORMAT, '').trim().replace(CLOSING, ''));
}

function readsAsDate(text: string): string | null {
  const parsed = parseWritten(text);
  return parsed.iso !== null || parsed.doubt !== undefined ? (parsed.iso ?? '') : null;
}

/**
 * The longest start (up to six words) of `text` that reads entirely as a date, and the rest, both
 * as written. A word of figures alone at its end that does not change the date is left to the
 * rest («٣ نوفمبر ٢٠١٧ ١٥ مدنياً…»: fifteen civilians, not 15 o'clock); a comma or stop that
 * closes it is kept with it.
 */
function splitDate(text: string): { date: string; rest: string } | null {
  const words = [...text.matchAll(/\S+/gu)].slice(0, 6);
  const start = words[0]?.index ?? 0;
  for (let count = words.length; count >= 1; count -= 1) {
    const last = words[count - 1];
    if (!last) continue;
    let end = last.index + last[0].length;
    // A comma or stop closing it stays with it, as written (it is no part of the sentence after).
    const read = readsAsDate(text.slice(start, end));
    if (read === null) continue;
    // Figures alone at the end that leave the date as it is belong to what follows.
    for (let kept = count - 1; kept >= 1; kept -= 1) {
      const word = words[kept];
      const before = words[kept - 1];
      if (!word || !before || !FIGURES.test(word[0].replace(FORMAT, '')) || end !== word.index + word[0].length) break;
      const shorter = before.index + before[0].length;
      if (readsAsDate(text.slice(start, shorter)) !== read) break;
      end = shorter;
    }
    return { date: text.slice(start, end), rest: text.slice(end).trim() };
  }
  return null;
}

/** More words than a date, or more characters than one is stored with: the article's own sentence. */
function isSentence(text: string): boolean {
  return text.split(/\s+/u).length > 6 || text.length > LIMITS.date;
}

/**
 * X's own notice standing where a tweet was («This Tweet was deleted by the Tweet author», in
 * English or in X's Arabic): the tweet is gone, and those are X's words, not its author's.
 */
const TOMBSTONES: readonly (readonly [RegExp, 'deleted' | 'withheld'])[] = [
  [/^This (?:Tweet|Post) was deleted by the (?:Tweet|Post) author\b/iu, 'deleted'],
  [/^This (?:Tweet|Post) (?:is unavailable|is from an account that no longer exists|was deleted)\b/iu, 'deleted'],
  [/^This (?:Tweet|Post) from @?\w+ has been withheld\b/iu, 'withheld'],
  [/^(?:تم حذف|حذف صاحبها|حُذفت) هذه (?:التغريدة|المشاركة|المنشور)/u, 'deleted'],
  [/^هذه (?:التغريدة|المشاركة|المنشور) غير متاح/u, 'deleted'],
];

function makeTweet(text: string, name: string, handle: string, original: string, date: ParsedDate): DraftTweet {
  const tombstone = TOMBSTONES.find(([pattern]) => pattern.test(text.trim()));
  return {
    type: 'tweet',
    author: { name, handle },
    // No date written: none stored (a placeholder would be words the source never had).
    date: { iso: date.iso, original: original.trim() },
    text,
    hashtags: extractHashtags(text),
    media: unique(text.match(MEDIA) ?? []),
    links: unique(text.match(LINK) ?? []),
    availability: tombstone?.[1] ?? 'unknown',
  };
}

/** Splits raw text into paragraphs and tweets, in order. Blank lines separate; they are not blocks. */
export function splitBlocks(raw: string, notes: IngestNote[] = []): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  const push = (block: DraftBlock) => {
    if (blocks.length >= LIMITS.blocks) {
      throw new IngestError(`line ${block.line}: more than ${LIMITS.blocks.toLocaleString('en')} paragraphs and tweets, the most an article may have: split the text into several articles`);
    }
    if (block.kind === 'paragraph' && block.text.length > LIMITS.paragraph) {
      throw new IngestError(`line ${block.line}: a paragraph of ${block.text.length.toLocaleString('en')} characters; the limit is ${LIMITS.paragraph.toLocaleString('en')}: split it`);
    }
    // Kept (they are the source's), but pointed out: an override shows «abc» as «cba» on the page.
    if (block.kind === 'paragraph' && /[\u202a-\u202e]/u.test(block.text)) {
      notes.push({ line: block.line, message: 'this paragraph holds bidi embedding or override characters (U+202A–U+202E) that reorder what the page shows (an override shows «abc def» as «fed cba»); kept as written: remove them if the source did not mean them' });
    }
    // Spaces at a paragraph's ends (an indented source) are layout, not words.
    blocks.push(block.kind === 'paragraph' ? { ...block, text: block.text.trim() } : block);
  };
  let pending: { line: number; text: string }[] = [];
  const flush = () => {
    for (const { line, text } of pending) push({ kind: 'paragraph', text, line });
    pending = [];
  };
  const lines = raw.split(/\r\n|\n|\r/u);
  // The article's opening line: its lede, never the start of a tweet below it (said in a note).
  let opening: number | null = null;
  for (const [index, text] of lines.entries()) {
    const line = index + 1;
    if (text.trim() === '') {
      flush();
      continue;
    }
    if (INVISIBLE_ONLY.test(text)) {
      notes.push({ line, message: 'only invisible characters (direction marks, zero-width spaces): dropped' });
      flush();
      continue;
    }
    opening ??= line;
    if (text.length > LIMITS.paragraph) {
      throw new IngestError(`line ${line}: a line of ${text.length.toLocaleString('en')} characters; a paragraph may have at most ${LIMITS.paragraph.toLocaleString('en')}: split it`);
    }
    const signatures = findSignatures(text, line, notes);
    // A signature ends its line, or is followed by a date (readable or not: a few words). Followed
    // by a dash, a comma or a sentence («— عبر حسابها الرسمي (@UN) — أن…»), it is prose naming
    // an account, not a tweet.
    const last = signatures.at(-1);
    const after = last ? text.slice(last.end).trim() : '';
    if (last && after !== '' && splitDate(after) === null && (/^[—–\-،,.:;]/u.test(after) || isSentence(after))) {
      notes.push({ line, message: `«(@${last.handle})» follows a dash like a tweet's signature, but no date follows it: kept as text; if it is a tweet, put its date after the handle` });
      signatures.pop();
    }
    const first = signatures[0];
    if (!first) {
      if (X_CHROME.test(text.trim())) notes.push({ line, message: `«${text.trim()}» reads like what X's page shows around a quoted tweet or a thread, not the article's words: kept as a paragraph; remove it if the article did not print it` });
      pending.push({ line, text });
      continue;
    }
    if (signatures.length > 1) notes.push({ line, message: `${signatures.length} tweet signatures on one line: split into ${signatures.length} tweets; check where each ends` });

    // The first tweet of the line may begin on the lines above its signature.
    const lastLine = text.slice(0, first.dash).trimEnd();
    const body: string[] = lastLine === '' ? [] : [lastLine];
    let taken = 0;
    for (let k = pending.length - 1; k >= 0; k -= 1) {
      const candidate = pending[k]?.text ?? '';
      if (introducesTweet(candidate)) {
        // Said, since a tweet's own first line may end with «:» too («عاجل:»).
        const at = pending[k]?.line ?? line;
        notes.push({ line: at, message: `ends with «:» and is kept as the article's line introducing the tweet by @${first.handle} (line ${line}); if it is the tweet's first line, move it into the tweet's text` });
        break;
      }
      // X's page around a quoted tweet is not the tweet's text (its line stays, with its note).
      if (isProse(candidate) || X_CHROME.test(candidate.trim()) || tweetLength([candidate, ...body].join('\n')) > MAX_TWEET) break;
      if (pending[k]?.line === opening) {
        notes.push({ line: opening, message: `kept as the article's opening paragraph, though it could be the start of the tweet by @${first.handle} (line ${line}); if it is, move it into the tweet's text` });
        break;
      }
      body.unshift(candidate);
      taken += 1;
    }
    if (body.length === 0) {
      notes.push({ line, message: `a signature «— ${first.name} (@${first.handle})» with no tweet text before it: kept as a paragraph` });
      pending.push({ line, text });
      continue;
    }
    const above = pending.slice(pending.length - taken);
    pending = pending.slice(0, pending.length - taken);
    flush();
    for (const { line: at, text: aboveText } of above) {
      if (!TWEET_FEATURE.test(aboveText)) notes.push({ line: at, message: `taken as the start of the tweet by @${first.handle} (line ${line}); if it is prose, put a blank line after it` });
    }

    let start = body.join('\n');
    let firstLine = above[0]?.line ?? line;
    for (const [position, signature] of signatures.entries()) {
      const next = signatures[position + 1];
      const tail = text.slice(signature.end, next ? next.dash : text.length);
      let original = tail;
      let rest = '';
      // The article's own words after the last tweet's date, on its line: a paragraph after it.
      let after = '';
      if (next) {
        const split = splitDate(tail);
        if (split) ({ date: original, rest } = split);
        else {
          original = '';
          rest = tail.trim();
          notes.push({ line, message: `no date after the signature of @${signature.handle}: the text up to the next signature is taken as the next tweet` });
        }
      } else {
        const split = splitDate(tail);
        if (split && split.rest !== '' && isSentence(split.rest)) {
          ({ date: original, rest: after } = split);
          notes.push({ line, message: `the text after the date of @${signature.handle}'s signature («${after.slice(0, 40)}${after.length > 40 ? '…' : ''}») reads as the article's: kept as a paragraph after the tweet; if it is the tweet's, move it into its text` });
        }
      }
      if (start.length > LIMITS.tweet) throw new IngestError(`line ${line}: a tweet of ${start.length} characters; the limit is ${LIMITS.tweet}`);
      const date = parseWritten(original);
      const tweet = makeTweet(start, signature.name, signature.handle, original, date);
      if (/[\u202a-\u202e\u2066-\u2069]/u.test(signature.name)) {
        notes.push({ line, message: `tweet by @${signature.handle}: the author's name holds bidi control characters (U+202A–U+202E, U+2066–U+2069) that reverse or reorder it; readers never see them (the page removes them), but check the name as written` });
      }
      const length = tweetLength(tweet.text);
      if (length > MAX_TWEET) {
        notes.push({ line, message: `tweet by @${signature.handle}: ${length} characters, more than a tweet may have (${MAX_TWEET}): the article's own words may be glued to it on this line; if so, put a line break where the tweet begins` });
      }
      if (tweet.availability !== 'unknown') {
        notes.push({ line, message: `tweet by @${signature.handle}: its text is X's notice that it was ${tweet.availability}, not the author's words: availability set to "${tweet.availability}"; put the tweet's own text in if the article quoted it` });
      }
      if (tweet.date.original === '') {
        notes.push({ line, message: `tweet by @${signature.handle}: no date after its signature; none is shown (set date.iso and date.original by hand if you know it)` });
      } else if (date.iso === null) {
        const why = date.doubt === undefined ? 'could not be read' : `is not certain: ${date.doubt}`;
        notes.push({ line, message: `tweet by @${signature.handle}: the date «${tweet.date.original}» ${why}; kept as written (set date.iso by hand if you know it)` });
      }
      push({ kind: 'tweet', tweet, firstLine, line });
      if (after !== '') push({ kind: 'paragraph', text: after, line });
      start = rest;
      firstLine = line;
      if (next && rest === '') {
        // What is left of the line has no tweet text of its own: it stays, as a paragraph.
        notes.push({ line, message: `the signature of @${next.handle} has no tweet text before it: the rest of the line is kept as a paragraph` });
        push({ kind: 'paragraph', text: text.slice(next.dash).trim(), line });
        break;
      }
    }
  }
  flush();
  // A scrape often copies an embedded tweet twice: said, since the reader would see it twice.
  const seen = new Map<string, number>();
  for (const block of blocks) {
    if (block.kind !== 'tweet') continue;
    const key = `${block.tweet.author.handle.toLowerCase()}\n${block.tweet.text}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, block.line);
    else notes.push({ line: block.line, message: `the tweet by @${block.tweet.author.handle} repeats the one on line ${first} word for word: kept twice; remove one if the article quoted it once` });
  }
  return blocks;
}
