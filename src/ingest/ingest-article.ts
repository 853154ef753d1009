/**
 * Raw scraped article text → a draft article that passes the content schema. Tweets flattened
 * into «…text— Name (@handle) date» lines are rebuilt; every other line is a paragraph, verbatim.
 * With an existing article to merge, paragraphs that still match keep their ids and curation, so
 * re-ingesting never breaks a shared paragraph link.
 */
import { PROPOSED_AFFILIATION, type Article, type Block, type Citation, type ParagraphBlock, type Source, type TweetBlock } from '../content/schema.ts';
import { checkArticle } from '../content/validate-article.ts';
import { toMatchKey } from '../lib/arabic-normalize.ts';
import { comparableArticleText, comparableRawText, firstDifference } from '../content/raw-text.ts';
import { ledeExcerpt } from '../lib/lede-excerpt.ts';
import { resolveQuote } from '../lib/text-quote.ts';
import { findAttributionCandidates } from './attribution-candidates.ts';
import { atWordEdges, requote } from './requote.ts';
import { IngestError, splitBlocks, type IngestNote } from './split-blocks.ts';

export { IngestError, LIMITS, splitBlocks, type IngestNote } from './split-blocks.ts';

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
  /** Merge even when `existing` is another article's (another slug or raw file). */
  readonly force?: boolean;
};

export type IngestReport = {
  readonly article: Article;
  /** Things an editor must look at (unparsed dates, proposed sources, possible misplacements), by line. */
  readonly notes: readonly IngestNote[];
};

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

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * New block ids: `p-` or `t-` and four random characters, five once four are crowded, and so
 * on: an id is always found after a bounded number of tries, however many are taken.
 */
function makeIdFactory(taken: Set<string>, random: () => number) {
  return (prefix: 'p' | 't'): string => {
    for (let length = 4; ; length += 1) {
      for (let attempt = 0; attempt < 64; attempt += 1) {
        let suffix = '';
        for (let i = 0; i < length; i += 1) suffix += ID_ALPHABET.charAt(Math.floor(random() * ID_ALPHABET.length));
        const id = `${prefix}-${suffix}`;
        if (!taken.has(id)) {
          taken.add(id);
          return id;
        }
      }
    }
  };
}

/** Texts that share a piece with `text`: a few spaced windows of its matching key. */
function pieces(text: string): string[] {
  const key = toMatchKey(text);
  const size = 12;
  if (key.length <= size) return [key];
  const count = 6;
  const step = (key.length - size) / (count - 1);
  return unique(Array.from({ length: count }, (_, index) => key.slice(Math.round(index * step), Math.round(index * step) + size)));
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * Finds, for a text, the items that share a piece of it: a few spaced windows of its matching
 * key. Finding the old paragraph a new one came from then compares it with a few candidates,
 * not with every paragraph (linear in the article, issue #17). A piece shared by very many items
 * (boilerplate) tells nothing and is left out.
 */
function indexByPieces<T extends { readonly text: string }>(items: readonly T[]): (text: string) => T[] {
  const byPiece = new Map<string, number[]>();
  items.forEach((item, at) => {
    for (const piece of pieces(item.text)) {
      const list = byPiece.get(piece);
      if (list) list.push(at);
      else byPiece.set(piece, [at]);
    }
  });
  return (text) => {
    const found = new Set<number>();
    for (const piece of pieces(text)) {
      const list = byPiece.get(piece) ?? [];
      if (list.length <= 64) for (const at of list) found.add(at);
    }
    return [...found].sort((a, b) => a - b).flatMap((at) => (items[at] ? [items[at]] : []));
  };
}

function groupByText<T extends { readonly text: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.text);
    if (group) group.push(item);
    else groups.set(item.text, [item]);
  }
  return groups;
}

function sourceIdFor(handle: string): string {
  const id = handle.toLowerCase().replace(/_/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  return /^[a-z][a-z0-9-]{1,47}$/.test(id) ? id : `x-${id || 'account'}`.slice(0, 48);
}

/** Builds the draft article from raw text (and merges it into `existing` when given). */
export function ingestArticle(rawInput: string, options: IngestOptions): IngestReport {
  const existing = options.existing;
  const random = options.random ?? Math.random;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const notes: IngestNote[] = [];
  const note = (message: string, line: number | null = null) => notes.push({ line, message });

  if (existing && !options.force) {
    const problems = [
      existing.slug !== options.slug ? `its slug is «${existing.slug}», not «${options.slug}»` : null,
      existing.provenance.raw !== `raw/${options.rawName}` ? `it was curated from ${existing.provenance.raw}, not raw/${options.rawName}` : null,
    ].filter((problem) => problem !== null);
    if (problems.length > 0) throw new IngestError(`the JSON to merge into is another article's: ${problems.join('; ')}. Merge into that article's own JSON, or pass --force to merge anyway (as for a raw file renamed)`);
  }

  // One form for every text (the schema refuses any other): decomposed Arabic is composed.
  const withoutBom = rawInput.replace(/^\uFEFF/u, '');
  const raw = withoutBom.normalize('NFC');
  if (raw !== withoutBom) {
    const changed = withoutBom.split(/\r\n|\n|\r/u).flatMap((line, index) => (line.normalize('NFC') !== line ? [index + 1] : []));
    const one = changed.length === 1;
    const which = one ? 'was' : `(${changed.slice(0, 8).join(', ')}${changed.length > 8 ? ', …' : ''}) were`;
    note(`${one ? 'this line' : `${changed.length} lines`} ${which} not in Unicode NFC (composed) form: normalized, letters unchanged`, one ? (changed[0] ?? null) : null);
  }
  const drafts = splitBlocks(raw, notes);
  if (!drafts.some((draft) => draft.kind === 'paragraph')) throw new IngestError('no paragraph of prose found in the text');

  const taken = new Set<string>([...(existing?.blocks.map((block) => block.id) ?? []), ...Object.keys(existing?.aliases ?? {})]);
  const newId = makeIdFactory(taken, random);
  const oldParagraphs = (existing?.blocks ?? []).filter((block): block is ParagraphBlock => block.type === 'paragraph');
  const oldTweets = (existing?.blocks ?? []).filter((block): block is TweetBlock => block.type === 'tweet');
  const reused = new Set<string>();
  const paragraphs = { byText: groupByText(oldParagraphs), similar: indexByPieces(oldParagraphs) };
  const tweets = { byText: groupByText(oldTweets), similar: indexByPieces(oldTweets) };

  /** The old block this text continues: the same text, else the most similar candidate above the bar. */
  const bestMatch = <T extends Block>(
    old: { byText: ReadonlyMap<string, readonly T[]>; similar: (text: string) => T[] },
    text: string,
    accept: (block: T) => boolean,
  ): T | undefined => {
    let best = old.byText.get(text)?.find((block) => !reused.has(block.id) && accept(block));
    if (!best) {
      let score = SAME_PARAGRAPH;
      for (const block of old.similar(text)) {
        if (reused.has(block.id) || !accept(block)) continue;
        const value = similarity(block.text, text);
        if (value >= score) {
          best = block;
          score = value;
        }
      }
    }
    if (best) reused.add(best.id);
    return best;
  };

  const tweetDates = drafts.flatMap((draft) => (draft.kind === 'tweet' && draft.tweet.date.iso ? [{ iso: draft.tweet.date.iso, line: draft.line }] : []));
  const newest = tweetDates.sort((a, b) => a.iso.localeCompare(b.iso)).at(-1);
  const inferredDate = newest?.iso;
  // An article's date places it in the archive and the feed: what ingest did about it is said.
  const setDate = 'set "date" by hand if the source states one: {"iso": "YYYY-MM-DD", "status": "stated", "basis": "<where the source says it, in Arabic>"}';
  // An inferred date follows the tweets (a correction may quote a newer one); a stated one stays.
  const inferredAgain = existing?.date?.status === 'inferred' && newest !== undefined && newest.iso !== existing.date.iso;
  if (inferredAgain) note(`the article's inferred date changes from ${existing.date?.iso ?? ''} to ${newest.iso}, the date of its newest embedded tweet now`, newest.line);
  if (!existing?.date) {
    if (newest) note(`the article's date is inferred as ${newest.iso}, the date of its newest embedded tweet (readers see it marked as inferred); an article may be published long after a tweet it quotes: ${setDate}`, newest.line);
    else note(`no date: no tweet in the text has one (ingest reads no date from prose), so the article is undated (listed after every dated article, and left out of the feed); ${setDate}`);
  }
  const asOf = existing?.date?.iso ?? inferredDate ?? today;

  const sources: Source[] = [...(existing?.sources ?? [])];
  const sourceIds = new Set(sources.map((source) => source.id));
  const citations: Citation[] = [];
  const blocks: Block[] = [];
  const newParagraphs: ParagraphBlock[] = [];

  for (const draft of drafts) {
    if (draft.kind === 'paragraph') {
      const match = bestMatch(paragraphs, draft.text, () => true);
      const block: ParagraphBlock = { type: 'paragraph', id: match?.id ?? newId('p'), text: draft.text };
      blocks.push(block);
      if (!match) newParagraphs.push(block);
      continue;
    }
    const { tweet } = draft;
    const match = bestMatch(tweets, tweet.text, (old) => old.author.handle.toLowerCase() === tweet.author.handle.toLowerCase());
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
    blocks.push({
      ...tweet,
      id: match?.id ?? newId('t'),
      sourceId,
      ...(match?.url ? { url: match.url } : {}),
      availability: match?.availability ?? tweet.availability,
    });
  }

  // Curated citations stay while their paragraph and quote still stand.
  const liveParagraphs = blocks.filter((block): block is ParagraphBlock => block.type === 'paragraph');
  const liveById = new Map(liveParagraphs.map((block) => [block.id, block.text]));
  // Built only when an old citation or paragraph must be looked for (a merge).
  let liveIndex: ((text: string) => ParagraphBlock[]) | undefined;
  const liveCandidates = (text: string) => (liveIndex ??= indexByPieces(liveParagraphs))(text);
  // A quote stands in a text when it is found there once, and as whole words: «مقتل 10» does not
  // stand in «مقتل 100» (a correction of the figure).
  const standsIn = (text: string, quote: Citation['quote']) => {
    const found = resolveQuote(text, quote);
    return found.status === 'found' && atWordEdges(text, found.start, found.end);
  };
  for (const citation of existing?.citations ?? []) {
    const text = liveById.get(citation.paragraphId);
    if (text !== undefined && standsIn(text, citation.quote)) {
      citations.push(citation);
      continue;
    }
    // The quote moved to another paragraph (a split): follow it there when it stands in exactly one.
    const homes = liveCandidates(citation.quote.exact).filter((candidate) => standsIn(candidate.text, citation.quote));
    const home = homes.length === 1 ? homes[0] : undefined;
    if (home) {
      citations.push({ ...citation, paragraphId: home.id });
      continue;
    }
    // Its words were edited: proposed again where its first and last words now stand (in its own
    // paragraph, or the one paragraph they are found in), for the editor to confirm.
    const who = `«${sources.find((source) => source.id === citation.sourceId)?.name ?? citation.sourceId}»`;
    const own = liveParagraphs.find((paragraph) => paragraph.id === citation.paragraphId);
    const places = (own ? [own] : liveCandidates(citation.quote.exact)).flatMap((paragraph) => {
      const exact = requote(paragraph.text, citation.quote.exact);
      return exact === null || resolveQuote(paragraph.text, { exact }).status !== 'found' ? [] : [{ paragraph, exact }];
    });
    const place = places.length === 1 ? places[0] : undefined;
    const taken = (paragraphId: string, exact: string) => {
      const text = liveById.get(paragraphId) ?? '';
      const span = resolveQuote(text, { exact });
      return span.status === 'found' && citations.some((other) => {
        if (other.paragraphId !== paragraphId) return false;
        const otherSpan = resolveQuote(text, other.quote);
        return otherSpan.status === 'found' && otherSpan.start < span.end && span.start < otherSpan.end;
      });
    };
    if (place && !taken(place.paragraph.id, place.exact)) {
      citations.push({ ...citation, paragraphId: place.paragraph.id, quote: { exact: place.exact }, review: 'pending' });
      note(`citation ${citation.id} (${who}): its quoted words were edited, from «${citation.quote.exact}» to «${place.exact}»; proposed again at the new words (review: "pending", not shown until confirmed): check them and remove "review"`);
      continue;
    }
    // Only on this rare path: every paragraph is looked through (a quote's words may stand in one quite unlike its old paragraph).
    const twice = (own ? [own] : liveParagraphs).find((paragraph) => resolveQuote(paragraph.text, citation.quote).status === 'ambiguous');
    if (twice) {
      note(`citation ${citation.id} (${who}) quoted «${citation.quote.exact}», and those words now stand more than once in paragraph ${twice.id}: dropped. Attribute them again by hand, with a "prefix" or "suffix" that tells which`);
    } else {
      note(`citation ${citation.id} (${who}) quoted «${citation.quote.exact}» in paragraph ${citation.paragraphId}; those words are no longer in the article: dropped, so what replaced them reads as the article's own voice. Attribute the new words again by hand (a citation in "citations")`);
    }
  }

  // New paragraphs: propose their attributions for review, except for text an editor has
  // attributed already (a citation that followed its quote here).
  const candidateIdByName = new Map<string, string>();
  let candidateCount = 0;
  const attributed = new Map<string, { start: number; end: number }[]>();
  for (const citation of citations) {
    const text = liveById.get(citation.paragraphId) ?? '';
    const found = resolveQuote(text, citation.quote);
    if (found.status === 'found') attributed.set(citation.paragraphId, [...(attributed.get(citation.paragraphId) ?? []), found]);
  }
  for (const paragraph of newParagraphs) {
    for (const candidate of findAttributionCandidates(paragraph.text)) {
      const span = resolveQuote(paragraph.text, { exact: candidate.quote });
      if (span.status !== 'found') continue;
      const spans = attributed.get(paragraph.id) ?? [];
      if (spans.some((other) => other.start < span.end && span.start < other.end)) continue;
      attributed.set(paragraph.id, [...spans, span]);
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
          affiliation: { text: PROPOSED_AFFILIATION, asOf },
          review: 'pending',
        });
      }
      citations.push({ id: `${sourceId}-${paragraph.id}-${citations.length + 1}`, sourceId, paragraphId: paragraph.id, quote: { exact: candidate.quote }, review: 'pending' });
    }
  }
  if (candidateCount > 0) note(candidateCount === 1 ? '1 proposed source (review: "pending") needs an editor' : `${candidateCount} proposed sources (review: "pending") need an editor`);

  // Old ids that disappeared: a paragraph split or merged into a current one gets an alias.
  const aliases: Record<string, string> = {};
  for (const [from, to] of Object.entries(existing?.aliases ?? {})) if (liveById.has(to)) aliases[from] = to;
  // A link to a split paragraph lands on its first part, where what was shared began: the
  // earliest part the old text holds, a part's closing stop or comma aside (a split often turns
  // «…جديدة، وأضاف…» into «…جديدة.» and «وأضاف…»).
  const order = new Map(liveParagraphs.map((block, index) => [block.id, index]));
  const withoutClose = (text: string) => text.replace(/[\s.,،؛;:!?؟…]+$/u, '');
  for (const old of oldParagraphs) {
    if (reused.has(old.id)) continue;
    const successor = liveCandidates(old.text)
      .filter((block) => block.text.includes(old.text) || old.text.includes(withoutClose(block.text)))
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))[0];
    if (successor) aliases[old.id] = successor.id;
    else note(`paragraph ${old.id} has no successor: links to it will show the not-found notice`);
  }

  const lede = liveParagraphs[0];
  const excerpt = ledeExcerpt(lede?.text ?? '');
  const article: Article = {
    schemaVersion: 1,
    slug: options.slug,
    language: 'ar',
    headline:
      existing && lede?.text.startsWith(existing.headline.text)
        ? existing.headline
        : existing?.headline.derivation === 'original'
          ? existing.headline
          : { text: excerpt, derivation: 'lede-excerpt' },
    ...(existing?.dateStyle ? { dateStyle: existing.dateStyle } : {}),
    ...(existing?.date && !inferredAgain
      ? { date: existing.date }
      : inferredDate
        ? { date: { iso: inferredDate, status: 'inferred' as const, basis: 'المصدر لا يذكر تاريخ النشر؛ استُنتج من تاريخ أحدث تغريدة مضمّنة فيه.' } }
        : {}),
    provenance: { ...existing?.provenance, raw: `raw/${options.rawName}` },
    blocks,
    sources: sources.filter(
      (source) => source.review === undefined || blocks.some((block) => block.type === 'tweet' && block.sourceId === source.id) || citations.some((citation) => citation.sourceId === source.id),
    ),
    citations,
    aliases,
  };
  if (article.headline.text === '') throw new IngestError(`the first paragraph («${lede?.text ?? ''}») has no words to take a headline from: the text needs a paragraph of prose first`);
  const checked = checkArticle(article);
  if (!checked.ok) {
    throw new IngestError(`the draft does not pass the schema:\n${checked.problems.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n')}`);
  }
  // What the tests prove of every published article (src/content/seed-article.test.ts), proved of
  // the draft before an editor sees it: a fault here is ingest's, and no draft is written.
  const difference = firstDifference(comparableRawText(rawInput), comparableArticleText(checked.article));
  if (difference !== null) {
    throw new IngestError(`the draft would not carry the raw text as it arrived («${difference.arrived}» became «${difference.written}»); no draft written: please report this`);
  }
  return { article: checked.article, notes };
}
