/**
 * Raw scraped article text → a draft article that passes the content schema. Tweets flattened
 * into «…text— Name (@handle) date» lines are rebuilt; every other line is a paragraph, verbatim.
 * With an existing article to merge, paragraphs that still match keep their ids and curation, so
 * re-ingesting never breaks a shared paragraph link.
 */
import type { Article, Block, Citation, ParagraphBlock, Source, TweetBlock } from '../content/schema.ts';
import { checkArticle } from '../content/validate-article.ts';
import { toMatchKey } from '../lib/arabic-normalize.ts';
import { extractHashtags } from '../lib/hashtags.ts';
import { resolveQuote } from '../lib/text-quote.ts';
import { findAttributionCandidates } from './attribution-candidates.ts';
import { parseEmbedDate } from './parse-date.ts';

export class IngestError extends Error {
  override name = 'IngestError';
}

export type IngestOptions = {
  readonly slug: string;
  /** The raw file's name, recorded as provenance (raw/<name>). */
  readonly rawName: string;
  /** A curated article to merge into: its ids, sources and citations are kept where text still matches. */
  readonly existing?: Article | undefined;
  /** Today, for affiliation dates when nothing better is known. */
  readonly today?: string;
  /** Random source for new ids (tests pass a seeded one). */
  readonly random?: () => number;
};

export type IngestReport = {
  readonly article: Article;
  /** Things an editor must look at: unparsed dates, proposed sources. */
  readonly notes: readonly string[];
};

const ATTRIBUTION = /(?:—|&mdash;|--)\s*([^—\n]*?\S)\s*\(@([A-Za-z0-9_]{1,15})\)\s*([^\n]*?)\s*$/u;
const MEDIA = /(?:https?:\/\/)?pic\.twitter\.com\/[A-Za-z0-9]+/gu;
const LINK = /(?<![\w./])(?:https?:\/\/)?(?:t\.co|x\.com|(?:www\.)?twitter\.com)\/[^\s—]+[^\s—.,،:;!?)»”]/gu;
const URL_WEIGHT = 23; // twitter-text counts every link as 23 characters
const MAX_TWEET = 280;

type Line = { readonly index: number; readonly text: string };

/** Twitter's weighted length, near enough to tell a tweet from a paragraph. */
function tweetLength(text: string): number {
  let length = [...text].length;
  for (const match of text.matchAll(/(?:https?:\/\/)?[\w.-]+\.[a-z]{2,}\/\S*/giu)) length += URL_WEIGHT - [...match[0]].length;
  return length;
}

/** A full prose paragraph (long, or ending a sentence) is never part of a tweet. */
function isProse(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 140 || (trimmed.length > 60 && /[.!؟?…]["”»)]?$/u.test(trimmed));
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

type DraftTweet = Omit<TweetBlock, 'id' | 'sourceId'>;
type DraftBlock = { readonly kind: 'paragraph'; readonly text: string } | { readonly kind: 'tweet'; readonly tweet: DraftTweet };

/** Splits raw lines into paragraphs and tweets, in order. Blank lines separate; they are not blocks. */
export function splitBlocks(raw: string): DraftBlock[] {
  const lines: Line[] = raw.split(/\r\n|\n|\r/u).map((text, index) => ({ index, text }));
  const blocks: DraftBlock[] = [];
  let pending: Line[] = [];
  const flush = (upTo: Line[]) => {
    for (const line of upTo) blocks.push({ kind: 'paragraph', text: line.text });
  };
  for (const line of lines) {
    if (line.text.trim() === '') {
      flush(pending);
      pending = [];
      continue;
    }
    const match = ATTRIBUTION.exec(line.text);
    if (!match) {
      pending.push(line);
      continue;
    }
    const last = line.text.slice(0, match.index).trimEnd();
    const body: string[] = last === '' ? [] : [last];
    let taken = 0;
    for (let k = pending.length - 1; k >= 0; k -= 1) {
      const candidate = pending[k]?.text ?? '';
      if (isProse(candidate) || tweetLength([candidate, ...body].join('\n')) > MAX_TWEET) break;
      body.unshift(candidate);
      taken += 1;
    }
    if (body.length === 0) {
      pending.push(line); // an attribution with no text is no tweet
      continue;
    }
    flush(pending.slice(0, pending.length - taken));
    pending = [];
    const text = body.join('\n');
    const [, name = '', handle = '', original = ''] = match;
    const date = parseEmbedDate(original);
    blocks.push({
      kind: 'tweet',
      tweet: {
        type: 'tweet',
        author: { name: name.trim(), handle },
        date: { iso: date.iso, original: original.trim() || '—' },
        text,
        hashtags: extractHashtags(text),
        media: unique(text.match(MEDIA) ?? []),
        links: unique(text.match(LINK) ?? []),
        availability: 'unknown',
      },
    });
  }
  flush(pending);
  return blocks;
}

/** Similarity of two texts after Arabic normalization: Dice coefficient of character bigrams. */
export function similarity(a: string, b: string): number {
  const x = toMatchKey(a);
  const y = toMatchKey(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < x.length; i += 1) counts.set(x.slice(i, i + 2), (counts.get(x.slice(i, i + 2)) ?? 0) + 1);
  let shared = 0;
  for (let i = 0; i + 1 < y.length; i += 1) {
    const gram = y.slice(i, i + 2);
    const left = counts.get(gram) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(gram, left - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

const SAME_PARAGRAPH = 0.85;

function makeIdFactory(taken: Set<string>, random: () => number) {
  return (prefix: 'p' | 't'): string => {
    for (;;) {
      let suffix = '';
      for (let i = 0; i < 4; i += 1) suffix += 'abcdefghijkmnpqrstuvwxyz23456789'.charAt(Math.floor(random() * 32));
      const id = `${prefix}-${suffix}`;
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
  };
}

function sourceIdFor(handle: string): string {
  const id = handle.toLowerCase().replace(/_/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  return /^[a-z][a-z0-9-]{1,47}$/.test(id) ? id : `x-${id || 'account'}`.slice(0, 48);
}

/** The first words of the lede, up to its first comma or sentence stop (at most 12 words). */
export function ledeExcerpt(text: string): string {
  const clause = text.split(/[،,.!؟?:؛]/u)[0] ?? text;
  const words = clause.trim().split(/\s+/u);
  return words.slice(0, 12).join(' ');
}

/** Builds the draft article from raw text (and merges it into `existing` when given). */
export function ingestArticle(raw: string, options: IngestOptions): IngestReport {
  const existing = options.existing;
  const random = options.random ?? Math.random;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const notes: string[] = [];
  const drafts = splitBlocks(raw.replace(/^\uFEFF/u, ''));
  if (!drafts.some((draft) => draft.kind === 'paragraph')) throw new IngestError('no paragraph of prose found in the text');

  const taken = new Set<string>([...(existing?.blocks.map((block) => block.id) ?? []), ...Object.keys(existing?.aliases ?? {})]);
  const newId = makeIdFactory(taken, random);
  const oldParagraphs = (existing?.blocks ?? []).filter((block): block is ParagraphBlock => block.type === 'paragraph');
  const oldTweets = (existing?.blocks ?? []).filter((block): block is TweetBlock => block.type === 'tweet');
  const reused = new Set<string>();

  const bestMatch = <T extends Block>(candidates: readonly T[], text: string, accept: (block: T) => boolean): T | undefined => {
    let best: T | undefined;
    let score = SAME_PARAGRAPH;
    for (const block of candidates) {
      if (reused.has(block.id) || !accept(block)) continue;
      const value = block.text === text ? 2 : similarity(block.text, text);
      if (value >= score) {
        best = block;
        score = value;
      }
    }
    if (best) reused.add(best.id);
    return best;
  };

  const tweetDates = drafts.flatMap((draft) => (draft.kind === 'tweet' && draft.tweet.date.iso ? [draft.tweet.date.iso] : []));
  const inferredDate = tweetDates.sort().at(-1);
  const asOf = existing?.date?.iso ?? inferredDate ?? today;

  const sources: Source[] = [...(existing?.sources ?? [])];
  const sourceIds = new Set(sources.map((source) => source.id));
  const citations: Citation[] = [];
  const blocks: Block[] = [];
  const newParagraphs: ParagraphBlock[] = [];

  for (const draft of drafts) {
    if (draft.kind === 'paragraph') {
      const match = bestMatch(oldParagraphs, draft.text, () => true);
      const block: ParagraphBlock = { type: 'paragraph', id: match?.id ?? newId('p'), text: draft.text };
      blocks.push(block);
      if (!match) newParagraphs.push(block);
      continue;
    }
    const { tweet } = draft;
    const match = bestMatch(oldTweets, tweet.text, (old) => old.author.handle.toLowerCase() === tweet.author.handle.toLowerCase());
    let sourceId = match?.sourceId;
    if (!sourceId) {
      sourceId = sourceIdFor(tweet.author.handle);
      if (!sourceIds.has(sourceId)) {
        sourceIds.add(sourceId);
        sources.push({
          id: sourceId,
          name: tweet.author.name,
          kind: 'social-media-individual',
          affiliation: { text: 'حساب على X اقتُبست تغريدته في المقال؛ لا يُعرف له انتماء.', asOf: tweet.date.iso ?? asOf },
          review: 'pending',
        });
      }
    }
    if (tweet.date.iso === null) notes.push(`tweet by @${tweet.author.handle}: the date «${tweet.date.original}» could not be read; kept as written`);
    blocks.push({
      ...tweet,
      id: match?.id ?? newId('t'),
      sourceId,
      ...(match?.url ? { url: match.url } : {}),
      availability: match?.availability ?? tweet.availability,
    });
  }

  // Curated citations stay while their paragraph and quote still stand.
  const liveParagraphs = new Map(blocks.flatMap((block) => (block.type === 'paragraph' ? [[block.id, block.text] as const] : [])));
  for (const citation of existing?.citations ?? []) {
    const text = liveParagraphs.get(citation.paragraphId);
    if (text !== undefined && resolveQuote(text, citation.quote).status === 'found') {
      citations.push(citation);
      continue;
    }
    // The quote moved to another paragraph (a split): follow it there when it stands in exactly one.
    const homes = [...liveParagraphs].filter(([, candidate]) => resolveQuote(candidate, citation.quote).status === 'found');
    const home = homes.length === 1 ? homes[0] : undefined;
    if (home) citations.push({ ...citation, paragraphId: home[0] });
    else notes.push(`citation ${citation.id} no longer matches any paragraph: dropped`);
  }

  // New paragraphs: propose their attributions for review.
  const candidateIdByName = new Map<string, string>();
  let candidateCount = 0;
  // Text an editor has attributed already (a citation that followed its quote here) is not proposed again.
  const taken = (paragraph: ParagraphBlock) =>
    citations.flatMap((citation) => {
      if (citation.paragraphId !== paragraph.id) return [];
      const found = resolveQuote(paragraph.text, citation.quote);
      return found.status === 'found' ? [found] : [];
    });
  for (const paragraph of newParagraphs) {
    for (const candidate of findAttributionCandidates(paragraph.text)) {
      const span = resolveQuote(paragraph.text, { exact: candidate.quote });
      if (span.status !== 'found') continue;
      if (taken(paragraph).some((other) => other.start < span.end && span.start < other.end)) continue;
      const key = toMatchKey(candidate.name);
      let sourceId = candidateIdByName.get(key);
      if (!sourceId) {
        candidateCount += 1;
        sourceId = `candidate-${candidateCount}`;
        while (sourceIds.has(sourceId)) sourceId = `candidate-${(candidateCount += 1)}`;
        sourceIds.add(sourceId);
        candidateIdByName.set(key, sourceId);
        sources.push({
          id: sourceId,
          name: candidate.name,
          kind: candidate.kind,
          affiliation: { text: 'مصدر اقترحته أداة الإدخال آليًّا؛ يحتاج إلى مراجعة المحرر.', asOf },
          review: 'pending',
        });
      }
      citations.push({ id: `${sourceId}-${paragraph.id}-${citations.length + 1}`, sourceId, paragraphId: paragraph.id, quote: { exact: candidate.quote }, review: 'pending' });
    }
  }
  if (candidateCount > 0) notes.push(`${candidateCount} proposed sources (review: "pending") need an editor`);

  // Old ids that disappeared: a paragraph split or merged into a current one gets an alias.
  const aliases: Record<string, string> = {};
  for (const [from, to] of Object.entries(existing?.aliases ?? {})) if (liveParagraphs.has(to)) aliases[from] = to;
  for (const old of oldParagraphs) {
    if (reused.has(old.id)) continue;
    const successor = blocks.find((block) => block.type === 'paragraph' && (block.text.includes(old.text) || old.text.includes(block.text)));
    if (successor) aliases[old.id] = successor.id;
    else notes.push(`paragraph ${old.id} has no successor: links to it will show the not-found notice`);
  }

  const lede = blocks.find((block): block is ParagraphBlock => block.type === 'paragraph');
  const article: Article = {
    schemaVersion: 1,
    slug: options.slug,
    language: 'ar',
    headline:
      existing && lede?.text.startsWith(existing.headline.text)
        ? existing.headline
        : existing?.headline.derivation === 'original'
          ? existing.headline
          : { text: ledeExcerpt(lede?.text ?? ''), derivation: 'lede-excerpt' },
    ...(existing?.date
      ? { date: existing.date }
      : inferredDate
        ? { date: { iso: inferredDate, status: 'inferred' as const, basis: 'المصدر لا يذكر تاريخ النشر؛ استُنتج من تاريخ أحدث تغريدة مضمّنة فيه.' } }
        : {}),
    provenance: { ...existing?.provenance, raw: `raw/${options.rawName}` },
    blocks,
    sources: sources.filter((source) => source.review === undefined || blocks.some((block) => block.type === 'tweet' && block.sourceId === source.id) || citations.some((citation) => citation.sourceId === source.id)),
    citations,
    aliases,
  };
  const checked = checkArticle(article);
  if (!checked.ok) {
    throw new IngestError(`the draft does not pass the schema:\n${checked.problems.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n')}`);
  }
  return { article: checked.article, notes };
}
