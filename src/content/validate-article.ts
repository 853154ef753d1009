/**
 * Validation of one article: the schema first, then the rules a schema cannot express (unique
 * ids, citations that resolve, hashtags that match the text). Every problem names its JSON path.
 */
import type { z } from 'zod';
import { ArticleSchema, PROPOSED_AFFILIATION, type Article } from './schema.ts';
import { resolveQuote } from '../lib/text-quote.ts';
import { extractHashtags } from '../lib/hashtags.ts';
import { endsAtWordEnd } from '../lib/lede-excerpt.ts';

export type ContentProblem = { readonly path: string; readonly message: string };

export class ContentError extends Error {
  readonly file: string;
  readonly problems: readonly ContentProblem[];
  constructor(file: string, problems: readonly ContentProblem[]) {
    super(`Invalid article ${file}:\n${problems.map((p) => `  ${file}: ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'ContentError';
    this.file = file;
    this.problems = problems;
  }
}

/** `['blocks', 3, 'id']` → `$.blocks[3].id` */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${out}.${name}` : `${out}[${JSON.stringify(name)}]`;
  }, '$');
}

function schemaProblems(error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({ path: formatJsonPath(issue.path), message: issue.message }));
}

function duplicates<T>(items: readonly T[], key: (item: T) => string): Map<number, string> {
  const seen = new Set<string>();
  const dupes = new Map<number, string>();
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) dupes.set(index, value);
    seen.add(value);
  });
  return dupes;
}

/** Every string in a JSON value, with its path. */
function* stringsIn(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringsIn(item, [...path, index]);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      // A key is text too (an alias's old id).
      if (key.normalize('NFC') !== key) yield [[...path, key], key];
      yield* stringsIn(item, [...path, key]);
    }
  }
}

/** The rules that connect parts of a schema-valid article. */
export function crossCheckArticle(article: Article): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (path: PropertyKey[], message: string) => problems.push({ path: formatJsonPath(path), message });

  // One form for every text: a decomposed «إ» would not match a composed one in a filter or a
  // search (issue #16). The ingest tool writes NFC.
  for (const [path, text] of stringsIn(article)) {
    if (text.normalize('NFC') !== text) add(path, 'must be Unicode NFC (composed); `npm run ingest` normalizes text');
  }

  const blockById = new Map(article.blocks.map((block) => [block.id, block]));
  const sourceIds = new Set(article.sources.map((source) => source.id));

  for (const [index, id] of duplicates(article.blocks, (block) => block.id)) {
    add(['blocks', index, 'id'], `duplicate block id "${id}"`);
  }
  for (const [index, id] of duplicates(article.sources, (source) => source.id)) {
    add(['sources', index, 'id'], `duplicate source id "${id}"`);
  }
  for (const [index, id] of duplicates(article.citations, (citation) => citation.id)) {
    add(['citations', index, 'id'], `duplicate citation id "${id}"`);
  }

  const first = article.blocks.find((block) => block.type === 'paragraph');
  if (article.headline.derivation === 'lede-excerpt') {
    if (!first?.text.startsWith(article.headline.text)) add(['headline', 'text'], 'a lede-excerpt headline must be the verbatim start of the first paragraph');
    else if (!endsAtWordEnd(first.text, article.headline.text)) add(['headline', 'text'], 'a lede-excerpt headline must end where a word of the lede ends, not inside a word, a number or an address');
  }

  article.blocks.forEach((block, index) => {
    if (block.type !== 'tweet') return;
    if (!sourceIds.has(block.sourceId)) add(['blocks', index, 'sourceId'], `unknown source id "${block.sourceId}"`);
    const expected = extractHashtags(block.text);
    if (JSON.stringify(expected) !== JSON.stringify(block.hashtags)) {
      add(['blocks', index, 'hashtags'], `must equal the hashtags of the text: ${JSON.stringify(expected)}`);
    }
    for (const field of ['media', 'links'] as const) {
      block[field].forEach((link, linkIndex) => {
        if (!block.text.includes(link)) add(['blocks', index, field, linkIndex], `"${link}" does not appear in the tweet text`);
      });
    }
  });

  article.sources.forEach((source, index) => {
    if (source.review === undefined && source.affiliation.text.trim() === PROPOSED_AFFILIATION) {
      add(['sources', index, 'affiliation', 'text'], 'is still the placeholder the ingest tool wrote for a proposed source: write what the source is (or keep "review": "pending")');
    }
  });

  // Each attributed span is one element in the text: two citations may not share any of it.
  const spans = new Map<string, { index: number; id: string; start: number; end: number }[]>();
  article.citations.forEach((citation, index) => {
    if (!sourceIds.has(citation.sourceId)) add(['citations', index, 'sourceId'], `unknown source id "${citation.sourceId}"`);
    const block = blockById.get(citation.paragraphId);
    if (!block || block.type !== 'paragraph') {
      add(['citations', index, 'paragraphId'], `no paragraph with id "${citation.paragraphId}"`);
      return;
    }
    const resolution = resolveQuote(block.text, citation.quote);
    if (resolution.status === 'missing') {
      add(['citations', index, 'quote', 'exact'], `quote not found in paragraph "${block.id}"`);
    } else if (resolution.status === 'ambiguous') {
      add(['citations', index, 'quote'], `quote matches ${resolution.count} places in paragraph "${block.id}": add a prefix or suffix`);
    } else {
      const inParagraph = spans.get(block.id) ?? [];
      const overlap = inParagraph.find((span) => span.start < resolution.end && resolution.start < span.end);
      if (overlap) add(['citations', index, 'quote'], `quotes the same text as citation "${overlap.id}" (citations[${overlap.index}]) in paragraph "${block.id}"`);
      inParagraph.push({ index, id: citation.id, start: resolution.start, end: resolution.end });
      spans.set(block.id, inParagraph);
    }
  });

  for (const [from, to] of Object.entries(article.aliases)) {
    if (blockById.has(from)) add(['aliases', from], `alias "${from}" is still a live block id`);
    if (!blockById.has(to)) add(['aliases', from], `alias target "${to}" is not a block id`);
  }
  return problems;
}

/** Validates `input` as an article; on failure lists every problem with its JSON path. */
export function checkArticle(input: unknown): { ok: true; article: Article } | { ok: false; problems: ContentProblem[] } {
  const parsed = ArticleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const problems = crossCheckArticle(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, article: parsed.data };
}

/** Like `checkArticle`, but throws a `ContentError` naming `file`. */
export function parseArticle(input: unknown, file: string): Article {
  const result = checkArticle(input);
  if (!result.ok) throw new ContentError(file, result.problems);
  return result.article;
}
