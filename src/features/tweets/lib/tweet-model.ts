/**
 * Turns a tweet block into a render-ready model: lines of typed entities (text, hashtag, media
 * link, other link), its reading direction and language, and its author's monogram. Components
 * only map this model to markup.
 */
import type { TweetBlock } from '../../../content/schema.ts';
import { toSafeUrl, withHttps, TWEET_HOSTS } from '../../../lib/safe-url.ts';
import { detectDirection, guessLanguage, stripBidiControls, type Direction } from '../../../lib/text-direction.ts';

export type TweetEntity =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'hashtag'; readonly tag: string; readonly written: string }
  | { readonly type: 'media'; readonly href: string; readonly written: string }
  | { readonly type: 'link'; readonly href: string; readonly written: string };

export type TweetModel = {
  readonly id: string;
  readonly authorName: string;
  readonly handle: string;
  readonly monogram: string;
  readonly profileHref: string;
  readonly statusHref: string | undefined;
  readonly dateIso: string | null;
  readonly dateOriginal: string;
  readonly direction: Direction;
  readonly lang: 'ar' | undefined;
  readonly lines: readonly (readonly TweetEntity[])[];
  readonly availability: TweetBlock['availability'];
};

type Span = { start: number; end: number; entity: TweetEntity };

function linkSpans(text: string, written: readonly string[], type: 'media' | 'link'): Span[] {
  const spans: Span[] = [];
  for (const link of written) {
    const safe = toSafeUrl(withHttps(link), TWEET_HOSTS);
    if (!safe) continue;
    for (let at = text.indexOf(link); at >= 0; at = text.indexOf(link, at + link.length)) {
      spans.push({ start: at, end: at + link.length, entity: { type, href: safe.href, written: link } });
    }
  }
  return spans;
}

/**
 * Where the block's hashtags stand in a line. The content build checked that `hashtags` is
 * exactly what the extractor finds, in order, so finding each `#tag` after the previous one is
 * enough here (and keeps the extractor out of the browser bundle).
 */
function hashtagSpans(line: string, tags: string[]): Span[] {
  const spans: Span[] = [];
  let from = 0;
  while (tags.length > 0) {
    const tag = tags[0] ?? '';
    const candidates = ['#', '\uFF03'].map((sign) => line.indexOf(sign + tag, from)).filter((at) => at >= 0);
    if (candidates.length === 0) break;
    const start = Math.min(...candidates);
    const end = start + 1 + tag.length;
    spans.push({ start, end, entity: { type: 'hashtag', tag, written: line.slice(start, end) } });
    tags.shift();
    from = end;
  }
  return spans;
}

/** Splits one line into entities; text between entities keeps its exact characters. */
function entitiesOfLine(line: string, media: readonly string[], links: readonly string[], tags: string[]): TweetEntity[] {
  const spans: Span[] = [...linkSpans(line, media, 'media'), ...linkSpans(line, links, 'link'), ...hashtagSpans(line, tags)].sort(
    (a, b) => a.start - b.start,
  );

  const entities: TweetEntity[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue; // overlapping spans: the earlier one wins
    if (span.start > cursor) entities.push({ type: 'text', text: line.slice(cursor, span.start) });
    entities.push(span.entity);
    cursor = span.end;
  }
  if (cursor < line.length) entities.push({ type: 'text', text: line.slice(cursor) });
  return entities;
}

/** The first letter of the first word (grapheme-safe), for a locally drawn avatar. */
export function toMonogram(name: string, handle: string): string {
  const source = name.trim() || handle;
  const letter = [...source].find((ch) => /[\p{L}\p{N}]/u.test(ch));
  return (letter ?? '@').toLocaleUpperCase();
}

function linesOf(text: string, block: TweetBlock): TweetEntity[][] {
  const tags = [...block.hashtags]; // consumed line by line, in order
  return text.split('\n').map((line) => entitiesOfLine(line, block.media, block.links, tags));
}

/** Builds the render model of a tweet block; user-generated text loses its bidi controls here. */
export function buildTweetModel(block: TweetBlock): TweetModel {
  const text = stripBidiControls(block.text);
  const name = stripBidiControls(block.author.name);
  return {
    id: block.id,
    authorName: name,
    handle: block.author.handle,
    monogram: toMonogram(name, block.author.handle),
    profileHref: `https://x.com/${block.author.handle}`,
    statusHref: block.url ? toSafeUrl(block.url, ['x.com', 'twitter.com'])?.href : undefined,
    dateIso: block.date.iso,
    dateOriginal: stripBidiControls(block.date.original),
    direction: detectDirection(text),
    lang: guessLanguage(text),
    lines: linesOf(text, block),
    availability: block.availability,
  };
}
