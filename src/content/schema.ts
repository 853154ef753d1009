/**
 * The article content schema: the single source of the content types. Runs at build time and in
 * tests (zod never ships to readers; the browser imports only the inferred types).
 */
import { z } from 'zod';
import { TWEET_HOSTS, isSafeUrl, withHttps } from '../lib/safe-url.ts';
import { isIsoCalendarDate } from '../lib/format.ts';
import { SOURCE_KINDS } from '../lib/source-kinds.ts';

const MAX_TEXT = 20_000;

/**
 * Short, ASCII, content-independent ids: stored in the JSON and never renumbered. A paragraph's
 * starts with `p-`, a tweet's with `t-`; the app's own DOM ids never do, so no block id can be
 * one of them (issue #16).
 */
const BLOCK_ID = /^[pt]-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const blockId = (prefix: 'p' | 't' | 'p|t') =>
  z
    .string()
    .max(32, 'must be at most 32 characters')
    .regex(BLOCK_ID, 'must be a short ASCII id: "p-" (paragraph) or "t-" (tweet), then a–z, 0–9 and single "-"')
    .refine((id) => prefix === 'p|t' || id.startsWith(`${prefix}-`), `must start with "${prefix}-"`);
export const BlockIdSchema = blockId('p|t');

const SourceIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,47}$/, 'must be an ASCII id: a–z, 0–9 and "-"');

const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((value) => value.trim().length > 0, 'must not be empty');

const IsoDateSchema = z.string().refine(isIsoCalendarDate, 'must be a calendar date written YYYY-MM-DD');

const HttpsUrlSchema = z.string().refine((value) => isSafeUrl(value), 'must be an absolute https URL');

/** A link written in a tweet, with or without its scheme; it must point at X/Twitter's own hosts. */
const TweetLinkSchema = z
  .string()
  .max(300)
  .refine((value) => !/^[a-z][a-z0-9+.-]*:(?!\/\/)/i.test(value) && isSafeUrl(withHttps(value), TWEET_HOSTS), {
    message: `must be an https link on ${TWEET_HOSTS.join(', ')}`,
  });

export const ParagraphBlockSchema = z.strictObject({
  type: z.literal('paragraph'),
  id: blockId('p'),
  text: text(MAX_TEXT),
});

export const TweetBlockSchema = z.strictObject({
  type: z.literal('tweet'),
  id: blockId('t'),
  /** The source (in `sources`) that stands for the tweet's author. */
  sourceId: SourceIdSchema,
  author: z.strictObject({
    name: text(100),
    handle: z.string().regex(/^[A-Za-z0-9_]{1,15}$/, 'must be an X handle: 1–15 of A–Z, a–z, 0–9, _'),
  }),
  date: z.strictObject({
    /** null when the original string could not be parsed; it is then shown as written. */
    iso: IsoDateSchema.nullable(),
    /** The date exactly as the embedding page wrote it («3 novembre 2017»); '' when it wrote none. */
    original: z.string().max(100, 'must be at most 100 characters'),
  }),
  /** The tweet text as published, line breaks kept, media and links as written in it. */
  text: text(1_000),
  /** Hashtags as extracted from `text` (checked at build against the extractor). */
  hashtags: z.array(z.string().max(280)).max(100),
  /** Links in the text that point at attached media (pic.twitter.com/…), as written. */
  media: z.array(TweetLinkSchema).max(10),
  /** Other links in the text (t.co/…), as written. */
  links: z.array(TweetLinkSchema).max(10),
  /** The tweet's own address when it is known (the seed's was lost with the embed). */
  url: z
    .string()
    .refine((value) => isSafeUrl(value, ['x.com', 'twitter.com']), 'must be an https link on x.com or twitter.com')
    .optional(),
  availability: z.enum(['available', 'deleted', 'withheld', 'unknown']),
});

export const BlockSchema = z.discriminatedUnion('type', [ParagraphBlockSchema, TweetBlockSchema]);

/** Marks what the ingest tool proposed and an editor has not confirmed: never shown to readers. */
const ReviewSchema = z.literal('pending').optional();

/**
 * The affiliation the ingest tool writes for a source it proposes: a placeholder for the
 * editor's words, refused on a confirmed source (validate-article.ts).
 */
export const PROPOSED_AFFILIATION = 'مصدر اقترحته أداة الإدخال آليًّا؛ يحتاج إلى مراجعة المحرر.';

export const SourceSchema = z.strictObject({
  id: SourceIdSchema,
  /** The name exactly as the article writes it. */
  name: text(200),
  kind: z.enum(SOURCE_KINDS),
  affiliation: z.strictObject({
    /** A short Arabic description of what the source was at `asOf`. */
    text: text(400),
    asOf: IsoDateSchema,
  }),
  link: HttpsUrlSchema.optional(),
  review: ReviewSchema,
});

/** A W3C TextQuoteSelector: the exact attributing words plus a little context. */
export const TextQuoteSchema = z.strictObject({
  exact: text(1_000),
  prefix: z.string().max(64).optional(),
  suffix: z.string().max(64).optional(),
});

export const CitationSchema = z.strictObject({
  id: SourceIdSchema,
  sourceId: SourceIdSchema,
  paragraphId: blockId('p'),
  quote: TextQuoteSchema,
  review: ReviewSchema,
});

export const ArticleSchema = z.strictObject({
  schemaVersion: z.literal(1),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase ASCII words joined by "-"').max(80),
  language: z.literal('ar'),
  headline: z.strictObject({
    text: text(300),
    /** 'lede-excerpt': the source had no headline; this is a verbatim excerpt of the first paragraph. */
    derivation: z.enum(['original', 'lede-excerpt']),
  }),
  /**
   * How its dates name the months, after the region it comes from: 'levant' («تشرين الثاني/نوفمبر»),
   * 'maghreb' («جانفي/يناير»); by default the names common to most Arabic media («نوفمبر»).
   */
  dateStyle: z.enum(['standard', 'levant', 'maghreb']).optional(),
  date: z
    .strictObject({
      iso: IsoDateSchema,
      /** 'inferred' when the source states no date and it was worked out (e.g. from embedded tweets). */
      status: z.enum(['stated', 'inferred']),
      /** How the date was obtained, in Arabic, shown to readers next to an inferred date. */
      basis: text(300),
    })
    .optional(),
  provenance: z.strictObject({
    /** The raw text the article was curated from, relative to content/. */
    raw: z.string().regex(/^raw\/[A-Za-z0-9_.-]+\.txt$/, 'must be a file under raw/'),
    /** Known only when the source names them; never guessed. */
    publisher: text(200).optional(),
    author: text(200).optional(),
  }),
  blocks: z.array(BlockSchema).min(1).max(5_000),
  sources: z.array(SourceSchema).max(500),
  citations: z.array(CitationSchema).max(5_000),
  /** Ids that used to exist (split or merged paragraphs) → the id to follow instead. */
  aliases: z.record(BlockIdSchema, BlockIdSchema),
});

export type Article = z.infer<typeof ArticleSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type TweetBlock = z.infer<typeof TweetBlockSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Citation = z.infer<typeof CitationSchema>;
