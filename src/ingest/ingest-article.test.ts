import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { loadSeed } from '../../tests/fixtures/articles.ts';
import { CONTENT_DIR } from '../content/read-articles.ts';
import { checkArticle } from '../content/validate-article.ts';
import { IngestError, ingestArticle, splitBlocks } from './ingest-article.ts';
import { ledeExcerpt } from '../lib/lede-excerpt.ts';
import { articleToRawLines } from '../content/raw-text.ts';

const SEED_RAW = readFileSync(join(CONTENT_DIR, 'raw/000_aa559fc9daf0de27.txt'), 'utf8');
const PROSE = 'وأشارت مصادر عسكرية إلى أنّ القوات السورية المسلحة قضت على عدد كبير من مسلحي التنظيم المتطرف بمن فيهم من قادة وأجانب، ودمرت أسلحتهم.';

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** A refusal of the input (too long, no prose…), never a fault of ingest's own making. */
function expectRefusal(error: unknown): void {
  expect(error).toBeInstanceOf(IngestError);
  expect(String(error)).not.toMatch(/would not carry the raw text|does not pass the schema/);
}

const ingest = (raw: string) => ingestArticle(raw, { slug: 'draft', rawName: 'draft.txt', today: '2024-01-01', random: seeded(1) });

test('the seed gives 8 paragraphs and 2 tweets, in order, every word intact', () => {
  const { article } = ingest(SEED_RAW);
  expect(article.blocks.map((block) => block.type)).toEqual(loadSeed().blocks.map((block) => block.type));
  const seed = loadSeed();
  article.blocks.forEach((block, index) => expect(block.text).toBe(seed.blocks[index]?.text));
});

test('the seed tweets come out with author, handle, date, hashtags and media', () => {
  const tweets = ingest(SEED_RAW).article.blocks.filter((block) => block.type === 'tweet');
  const seedTweets = loadSeed().blocks.filter((block) => block.type === 'tweet');
  for (const [index, tweet] of tweets.entries()) {
    const expected = seedTweets[index]!;
    if (tweet.type !== 'tweet' || expected.type !== 'tweet') throw new Error('not a tweet');
    expect(tweet.author).toEqual(expected.author);
    expect(tweet.date).toEqual(expected.date);
    expect(tweet.hashtags).toEqual(expected.hashtags);
    expect(tweet.media).toEqual(expected.media);
  }
});

test('re-ingesting the seed into its curated JSON reproduces it exactly', () => {
  const seed = loadSeed();
  const { article } = ingestArticle(SEED_RAW, { slug: seed.slug, rawName: '000_aa559fc9daf0de27.txt', existing: seed, random: seeded(2) });
  expect(article).toEqual(seed);
});

test('an edited paragraph keeps its id; a new one gets a new id; a removed one is reported', () => {
  const seed = loadSeed();
  const edited = SEED_RAW.replace('قضت على عدد كبير', 'قضت على عدد كبير جدًّا').replace(/^وسبق وان أكد[^\n]*\n/mu, '') + '\nفقرة جديدة أضيفت بعد النشر، ولا علاقة لها بما سبق من الفقرات.';
  const { article, notes } = ingestArticle(edited, { slug: seed.slug, rawName: '000_aa559fc9daf0de27.txt', existing: seed, random: seeded(3) });
  const ids = article.blocks.map((block) => block.id);
  expect(ids).toContain('p-q8tn');
  expect(ids).not.toContain('p-h3zb');
  expect(ids.at(-1)).toMatch(/^p-[a-z0-9]{4}$/);
  expect(notes.map((note) => note.message).join('\n')).toMatch(/paragraph p-h3zb has no successor/);
  expect(article.citations.map((citation) => citation.id)).not.toContain('war-media-districts');
});

test('a split paragraph keeps its id on the larger part, and its citations follow their quotes', () => {
  const seed = loadSeed();
  const split = SEED_RAW.replace('بالكامل، أفادت الوكالة', 'بالكامل،\nأفادت الوكالة');
  const { article } = ingestArticle(split, { slug: seed.slug, rawName: '000_aa559fc9daf0de27.txt', existing: seed, random: seeded(4) });
  expect(article.blocks[1]?.id).toBe('p-m2vd');
  const hamidiya = article.citations.find((citation) => citation.id === 'sana-hamidiya');
  expect(hamidiya?.paragraphId).toBe(article.blocks[2]?.id);
});

test('a paragraph split in two, its comma become a full stop: its old id leads to the first part, where it began', () => {
  const first = 'وقال المسؤول إن خطة إعادة الإعمار تشمل بناء ألف وحدة سكنية جديدة';
  const second = 'وأضاف أن العمل سيبدأ في الربيع المقبل بعد إقرار الميزانية وتأمين التمويل من الجهات المانحة والشركاء الدوليين في المنطقة.';
  const before = ingest(`${PROSE}\n\n${first}، ${second}`).article;
  const oldId = before.blocks[1]?.id ?? '';
  const { article } = ingestArticle(`${PROSE}\n\n${first}.\n\n${second}`, { slug: 'draft', rawName: 'draft.txt', today: '2024-01-01', random: seeded(6), existing: before });
  expect(article.blocks.map((block) => block.text)).toEqual([PROSE, `${first}.`, second]);
  expect(article.aliases).toEqual({ [oldId]: article.blocks[1]?.id });
});

test('two paragraphs merged into one: every old id leads to the merged paragraph', () => {
  const seed = loadSeed();
  const merged = SEED_RAW.replace(/^(وسبق[^\n]*)\n(وأشارت مصادر إعلامية)/mu, '$1 $2');
  const { article } = ingestArticle(merged, { slug: seed.slug, rawName: '000_aa559fc9daf0de27.txt', existing: seed, random: seeded(5) });
  const mergedId = article.blocks[4]?.id ?? '';
  expect(article.blocks).toHaveLength(9);
  // Every old id that is not the merged paragraph's own now leads to it.
  const expected = Object.fromEntries(['p-h3zb', 'p-c7fy'].filter((id) => id !== mergedId).map((id) => [id, mergedId]));
  expect(article.aliases).toEqual(expected);
});

test.each([
  ['one line, media link glued to the dash', 'نص التغريدة pic.twitter.com/abc123— علي (@ali_1) November 3, 2017', ['نص التغريدة pic.twitter.com/abc123']],
  ['no media link', 'نص التغريدة بلا صورة — علي (@ali_1) 3 novembre 2017', ['نص التغريدة بلا صورة']],
  ['an &mdash; entity', 'سطر أول\nسطر ثان https://t.co/xyz&mdash; Ali (@ali_1) 3 de noviembre de 2017', ['سطر أول\nسطر ثان https://t.co/xyz']],
  ['two hyphens', 'نص -- Ali (@ali_1) 2017年11月3日', ['نص']],
  ['an en dash, as word processors write «—»', 'تغريدة بشرطة قصيرة #وسم pic.twitter.com/abc123– أحمد (@ahmad_x) November 3, 2017', ['تغريدة بشرطة قصيرة #وسم pic.twitter.com/abc123']],
])('a tweet: %s', (_name, raw, texts) => {
  const blocks = splitBlocks(`${PROSE}\n${raw}\n${PROSE}`);
  expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'tweet', 'paragraph']);
  const tweet = blocks[1];
  expect(tweet?.kind === 'tweet' && tweet.tweet.text).toBe(texts[0]);
  expect(tweet?.kind === 'tweet' && tweet.tweet.date.iso).toBe('2017-11-03');
});

test('a tweet keeps its media and t.co links', () => {
  const blocks = splitBlocks(`${PROSE}\nانظر https://t.co/AbC12 و pic.twitter.com/Zz9— علي (@ali) 3 novembre 2017`);
  const tweet = blocks[1];
  if (tweet?.kind !== 'tweet') throw new Error('no tweet');
  expect(tweet.tweet.media).toEqual(['pic.twitter.com/Zz9']);
  expect(tweet.tweet.links).toEqual(['https://t.co/AbC12']);
});

test('a tweet without a date gets none (no placeholder the source never had), and a note', () => {
  const { article, notes } = ingest(`${PROSE}\nنحن ملتزمون بالحوار #مفاوضات— سامي (@sami)`);
  const tweet = article.blocks[1];
  expect(tweet?.type === 'tweet' && tweet.date).toEqual({ iso: null, original: '' });
  expect(articleToRawLines(article)).toEqual([PROSE, 'نحن ملتزمون بالحوار #مفاوضات— سامي (@sami)']);
  expect(messages(notes)).toMatch(/^2: tweet by @sami: no date after its signature; none is shown/m);
});

test('X\'s notice of a deleted or withheld tweet marks it so, with a note', () => {
  for (const [notice, availability] of [
    ['This Tweet was deleted by the Tweet author. Learn more', 'deleted'],
    ['This Post from @someone has been withheld in Germany in response to a legal demand.', 'withheld'],
    ['تم حذف هذه التغريدة من قبل صاحبها.', 'deleted'],
  ] as const) {
    const { article, notes } = ingest(`${PROSE}\n${notice}— Unknown (@unknown_user) 5 March 2017`);
    const tweet = article.blocks[1];
    expect(tweet?.type === 'tweet' && tweet.availability, notice).toBe(availability);
    expect(messages(notes)).toMatch(new RegExp(`^2: tweet by @unknown_user: its text is X's notice that it was ${availability}`, 'm'));
  }
  // A tweet that talks about deletion is still a tweet.
  const { article } = ingest(`${PROSE}\nلماذا تم حذف هذا الخبر؟ #سؤال— علي (@ali) 5 March 2017`);
  expect(article.blocks[1]?.type === 'tweet' && article.blocks[1].availability).toBe('unknown');
});

test('an unreadable date is kept as written and flagged', () => {
  const { article, notes } = ingest(`${PROSE}\nنص — علي (@ali) sometime last week`);
  const tweet = article.blocks[1];
  expect(tweet?.type === 'tweet' && tweet.date).toEqual({ iso: null, original: 'sometime last week' });
  expect(notes.map((note) => note.message).join('\n')).toMatch(/could not be read/);
});

test('attributions in new paragraphs become pending source and citation candidates', () => {
  const { article } = ingest(SEED_RAW);
  const pending = article.sources.filter((source) => source.review === 'pending').map((source) => source.name);
  expect(pending).toEqual(expect.arrayContaining(['مصادر عسكرية', 'مصادر إعلامية متطابقة', 'ريما', 'Mourad*']));
  expect(article.citations.every((citation) => citation.review === 'pending')).toBe(true);
});

test('the headline is a verbatim excerpt of the lede, marked as derived', () => {
  const { article } = ingest(SEED_RAW);
  expect(article.headline.derivation).toBe('lede-excerpt');
  const lede = article.blocks.find((block) => block.type === 'paragraph');
  expect(article.headline.text).toBe(ledeExcerpt(lede?.text ?? ''));
  expect(article.headline.text).toBe('استعادت قوات الجيش السوري السيطرة على مدينة دير الزور شرقي سوريا بشكل');
});

test('text without any prose is refused with an IngestError', () => {
  expect(() => ingest('   \n\n')).toThrow(IngestError);
});

test('any text: ingest never throws anything but IngestError, covers every line once, and passes the schema', () => {
  const line = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.constantFrom(PROSE, 'نص قصير #وسم', 'pic.twitter.com/abc— علي (@ali) 3 novembre 2017', '— (@x) ', '#a#b #ـ', '\u202Eمقلوب'),
  );
  fc.assert(
    fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
      const raw = lines.join('\n');
      let report;
      try {
        report = ingest(raw);
      } catch (error) {
        expectRefusal(error);
        return;
      }
      const { article } = report;
      expect(checkArticle(article).ok).toBe(true);
      const ids = article.blocks.map((block) => block.id);
      expect(new Set(ids).size).toBe(ids.length);
      // Every non-blank line is in exactly one block: paragraphs as they are, tweets as their lines.
      const nonBlank = raw.split(/\r\n|\n|\r/u).filter((text) => text.trim() !== '');
      const covered = article.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : block.text.split('\n')));
      expect(covered.length).toBeLessThanOrEqual(nonBlank.length);
      for (const text of covered) expect(raw).toContain(text);
    }),
    { numRuns: 300, seed: 20171103 },
  );
});

const messages = (notes: readonly { line: number | null; message: string }[]) => notes.map((note) => `${note.line ?? '-'}: ${note.message}`).join('\n');

test('more lines than an article may have blocks is refused at the line the limit is crossed', () => {
  // Eight times the limit; 1,100,000 lines (issue #17: past the ids the tool once ran out of) are
  // timed by the bench (`Ingest, 5 MB of short lines`), not here.
  const raw = 'سطر من النص\n'.repeat(40_000);
  expect(() => ingest(raw)).toThrow(/^line 5001: more than 5,000 paragraphs and tweets/);
});

test('a line longer than a paragraph may be is refused, naming the line', () => {
  expect(() => ingest(`${PROSE}\n${'-- '.repeat(2_000_000)}`)).toThrow(/^line 2: a line of 6,000,000 characters; a paragraph may have at most 20,000/);
  // Within the limit, a line of dashes is a paragraph like any other.
  const { article } = ingest(`${PROSE}\n${'-- '.repeat(6_000)}`);
  expect(article.blocks).toHaveLength(2);
});

test('two signatures on one line become two tweets, and the line is named in a note', () => {
  const { article, notes } = ingest(`${PROSE}\nالتغريدة الأولى #سوريا— علي (@ali) 3 novembre 2017 التغريدة الثانية #حلب— منى (@mona) 4 novembre 2017`);
  const tweets = article.blocks.filter((block) => block.type === 'tweet');
  expect(tweets.map((tweet) => [tweet.text, tweet.author.handle, tweet.date.original])).toEqual([
    ['التغريدة الأولى #سوريا', 'ali', '3 novembre 2017'],
    ['التغريدة الثانية #حلب', 'mona', '4 novembre 2017'],
  ]);
  expect(messages(notes)).toMatch(/^2: 2 tweet signatures on one line/m);
});

test('a paragraph glued to a tweet on its signature\'s line is pointed out: the tweet is longer than X allows', () => {
  const glued = `${PROSE} ${PROSE} ${PROSE}الحمد لله على السلامة #المدينة pic.twitter.com/Xy12— أحمد (@ahmad_q) 3 novembre 2017`;
  const { notes } = ingest(`${PROSE}\n\n${glued}`);
  expect(messages(notes)).toMatch(/^3: tweet by @ahmad_q: \d+ characters, more than a tweet may have \(280\): the article's own words may be glued to it/m);
  // A tweet of X's length says nothing.
  expect(messages(ingest(`${PROSE}\n\nالحمد لله على السلامة #المدينة pic.twitter.com/Xy12— أحمد (@ahmad_q) 3 novembre 2017`).notes)).not.toMatch(/more than a tweet may have/);
});

test('a tweet quoted twice word for word is kept twice, and the note names both lines', () => {
  const tweet = 'نبارك للأخوة في #سوريا pic.twitter.com/abc— ريما (@Reema) 3 novembre 2017';
  const { article, notes } = ingest(`${PROSE}\n\n${tweet}\n\n${PROSE}\n\n${tweet}`);
  expect(article.blocks.filter((block) => block.type === 'tweet')).toHaveLength(2);
  expect(messages(notes)).toMatch(/^7: the tweet by @Reema repeats the one on line 3 word for word: kept twice/m);
});

test('a line that reads like prose taken into a tweet is reported', () => {
  const { article, notes } = ingest(`${PROSE}\nمبروك للجميع\nنبارك للأخوة في #سوريا pic.twitter.com/abc— ريما (@Reema) 3 novembre 2017`);
  expect(article.blocks[1]?.text).toBe('مبروك للجميع\nنبارك للأخوة في #سوريا pic.twitter.com/abc');
  expect(messages(notes)).toMatch(/^2: taken as the start of the tweet by @Reema \(line 3\)/m);
});

test('a line that introduces a tweet («…قائلاً:») stays the article\'s, @handle or not, and the note says so', () => {
  for (const intro of ['وكتبت ريما على حسابها:', 'وغرّد الصحفي @ahmad_news قائلاً:']) {
    const { article, notes } = ingest(`${PROSE}\n${intro}\nنبارك للأخوة في #سوريا pic.twitter.com/abc— ريما (@Reema) 3 novembre 2017`);
    expect(messages(notes)).toMatch(/^2: ends with «:» and is kept as the article's line introducing the tweet by @Reema \(line 3\)/m);
    expect(article.blocks.map((block) => [block.type, block.text])).toEqual([
      ['paragraph', PROSE],
      ['paragraph', intro],
      ['tweet', 'نبارك للأخوة في #سوريا pic.twitter.com/abc'],
    ]);
  }
});

test('a handle between dashes inside a sentence is no tweet\'s signature', () => {
  const line = 'وكتبت المنظمة — عبر حسابها الرسمي (@UN) — أن المساعدات وصلت إلى المدينة صباح اليوم.';
  const { article, notes } = ingest(`${PROSE}\n${line}`);
  expect(article.blocks.map((block) => [block.type, block.text])).toEqual([
    ['paragraph', PROSE],
    ['paragraph', line],
  ]);
  expect(messages(notes)).toMatch(/^2: «\(@UN\)» follows a dash like a tweet's signature, but no date follows it: kept as text/m);
});

test('a handle longer than X allows keeps the line as a paragraph, with a note', () => {
  const { article, notes } = ingest(`${PROSE}\nنص — علي (@a_handle_far_too_long) 3 novembre 2017`);
  expect(article.blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
  expect(messages(notes)).toMatch(/^2: «\(@a_handle_far_too_long\)» reads like a tweet's signature, but an X handle has at most 15 characters/m);
});

test('lines of only invisible characters are no paragraphs', () => {
  const { article, notes } = ingest(`${PROSE}\n\u200F\n\u200B \u200B\n\u2066\u2069\n${PROSE}`);
  expect(article.blocks).toHaveLength(2);
  expect(messages(notes).match(/only invisible characters/g)).toHaveLength(3);
});

test('decomposed (NFD) text comes out composed (NFC), and the note says so', () => {
  const { article, notes } = ingest(`${PROSE}\n${'الإرهاب والإعلام'.normalize('NFD')} في فقرة ثانية.`);
  expect(article.blocks[1]?.text).toBe('الإرهاب والإعلام في فقرة ثانية.');
  expect(messages(notes)).toMatch(/^2: this line was not in Unicode NFC/m);
  const two = ingest(`${PROSE}\n${'الإرهاب'.normalize('NFD')}.\n${'الإعلام'.normalize('NFD')}.`);
  expect(messages(two.notes)).toMatch(/^-: 2 lines \(2, 3\) were not in Unicode NFC/m);
});

test('a tweet date whose day and month could be either way round is kept as written, and the note says why', () => {
  const { article, notes } = ingest(`${PROSE}\nنص التغريدة — هدى (@huda) 12/11/2017`);
  const tweet = article.blocks.find((block) => block.type === 'tweet');
  expect(tweet?.type === 'tweet' && tweet.date).toEqual({ iso: null, original: '12/11/2017' });
  expect(messages(notes)).toMatch(/^2: tweet by @huda: the date «12\/11\/2017» is not certain: day and month could be either way round; kept as written/m);
});

test('a bidi override in a paragraph is kept as written and pointed out', () => {
  const line = 'ثم \u202eabc def\u202c دون تعليق.';
  const { article, notes } = ingest(`${PROSE}\n${line}`);
  expect(article.blocks[1]?.text).toBe(line);
  expect(messages(notes)).toMatch(/^2: this paragraph holds bidi embedding or override characters/m);
});

test('a bidi control in a tweet author\'s name is kept as written and pointed out', () => {
  const { article, notes } = ingest(`${PROSE}\nنص التغريدة — \u202Eأحمد evil (@ahmad_dz) 3 novembre 2017`);
  const tweet = article.blocks.find((block) => block.type === 'tweet');
  expect(tweet?.type === 'tweet' && tweet.author.name).toBe('\u202Eأحمد evil');
  expect(messages(notes)).toMatch(/^2: tweet by @ahmad_dz: the author's name holds bidi control characters/m);
});

test('merging into another article\'s JSON is refused unless forced', () => {
  const seed = loadSeed();
  expect(() => ingestArticle(SEED_RAW, { slug: 'another', rawName: 'another.txt', existing: seed })).toThrow(/another article's: its slug is «deir-ez-zor-recaptured», not «another»; it was curated from raw\/000_aa559fc9daf0de27\.txt, not raw\/another\.txt/);
  expect(ingestArticle(SEED_RAW, { slug: 'another', rawName: 'another.txt', existing: seed, force: true }).article.slug).toBe('another');
});

test('a citation whose quoted words were edited is proposed again at the new words, pending; one whose words are gone is dropped, its quote in the note', () => {
  const seed = loadSeed();
  const edited = SEED_RAW.replace('قضت على عدد كبير', 'قضت على عدد كبير جدًّا').replace('إلى مقتل العشرات', 'إلى سقوط قتلى');
  const { article, notes } = ingestArticle(edited, { slug: seed.slug, rawName: '000_aa559fc9daf0de27.txt', existing: seed, random: seeded(6) });
  const casualties = article.citations.find((citation) => citation.id === 'military-casualties');
  expect(casualties).toMatchObject({ paragraphId: 'p-q8tn', review: 'pending', quote: { exact: 'وأشارت مصادر عسكرية إلى أنّ القوات السورية المسلحة قضت على عدد كبير جدًّا من مسلحي التنظيم المتطرف' } });
  expect(article.citations.map((citation) => citation.id)).not.toContain('media-dead');
  const said = messages(notes);
  expect(said).toContain('citation military-casualties («مصادر عسكرية»): its quoted words were edited');
  expect(said).toMatch(/citation media-dead \(«[^»]+»\) quoted «وأشارت مصادر إعلامية متطابقة إلى مقتل العشرات» in paragraph p-c7fy; those words are no longer in the article: dropped/);
  // Unchanged citations stay confirmed.
  expect(article.citations.find((citation) => citation.id === 'sana-liberated')?.review).toBeUndefined();
});

test('the article\'s date: inferred from the newest tweet, or none, and the note says which', () => {
  const dated = ingest(`${PROSE}\nتغريدة أولى #وسم— علي (@ali) 3 novembre 2012\nتغريدة ثانية #وسم— منى (@mona) 5 novembre 2012`);
  expect(dated.article.date).toMatchObject({ iso: '2012-11-05', status: 'inferred' });
  expect(messages(dated.notes)).toContain('3: the article\'s date is inferred as 2012-11-05, the date of its newest embedded tweet');
  const undated = ingest(PROSE);
  expect(undated.article.date).toBeUndefined();
  expect(messages(undated.notes)).toContain('-: no date: no tweet in the text has one');
});

test('the article\'s words after a tweet\'s date, on its line, are a paragraph after the tweet, with a note', () => {
  const sentence = 'وأضاف الوزير في مؤتمر صحفي أن العمليات ستستمر حتى نهاية الشهر الجاري.';
  const { article, notes } = ingest(`${PROSE}\nتغريدة قصيرة #وسم— أحمد (@ahmad_x) November 3, 2024 ${sentence}\nفقرة أخيرة.`);
  expect(article.blocks.map((block) => block.type)).toEqual(['paragraph', 'tweet', 'paragraph', 'paragraph']);
  expect(article.blocks[1]).toMatchObject({ text: 'تغريدة قصيرة #وسم', date: { iso: '2024-11-03', original: 'November 3, 2024' } });
  expect(article.blocks[2]?.text).toBe(sentence);
  expect(messages(notes)).toContain('2: the text after the date of @ahmad_x\'s signature («وأضاف الوزير');
});

test('the opening line stays the article\'s lede rather than the start of a tweet below it, with a note', () => {
  const opening = 'فقرة أولى من المقال تتحدث عن الأحداث الجارية في المنطقة.';
  const { article, notes } = ingest(`${opening}\nتغريدة قصيرة #وسم— أحمد (@ahmad_x) November 3, 2024`);
  expect(article.blocks.map((block) => block.text)).toEqual([opening, 'تغريدة قصيرة #وسم']);
  expect(article.headline.text).toBe('فقرة أولى من المقال تتحدث عن الأحداث الجارية في المنطقة');
  expect(messages(notes)).toContain('1: kept as the article\'s opening paragraph, though it could be the start of the tweet by @ahmad_x (line 2)');
});

test('lines of X\'s page scraped with a quoted tweet («Quote Tweet», a lone @handle) are kept, and pointed out', () => {
  const { article, notes } = ingest(`${PROSE}\nQuote Tweet\nJohn Smith\n@jsmith_news\nHuge crowds at the border crossing tonight.\nفقرة أخيرة.`);
  expect(article.blocks.map((block) => block.text)).toContain('Quote Tweet');
  const said = messages(notes);
  expect(said).toContain('2: «Quote Tweet» reads like what X\'s page shows around a quoted tweet');
  expect(said).toContain('4: «@jsmith_news» reads like what X\'s page shows');
});

test.each([
  ['a direction mark at the end of a tweet\'s last line, its signature on the next', `${PROSE}\nافتتاح رائع #الصحة pic.twitter.com/AbC123xyz\u200f\n— وزارة الصحة (@MOH_Test) November 3, 2017`],
  ['a direction mark after the date', `${PROSE}\nافتتاح رائع #الصحة— وزارة الصحة (@MOH_Test) 3 novembre 2017\u200f`],
  ['a direction mark before the sentence after the date', `${PROSE}\nافتتاح رائع #الصحة— وزارة الصحة (@MOH_Test) 3 novembre 2017 \u200fوقال الوزير إن المستشفى سيخدم أكثر من مليون نسمة في المنطقة.`],
  ['a direction mark after a link', `${PROSE}\nافتتاح رائع https://t.co/AbCdE12\u200f pic.twitter.com/AbC— وزارة الصحة (@MOH_Test) 3 novembre 2017`],
])('a text with %s is ingested, its tweet dated', (_name, raw) => {
  const { article } = ingest(raw);
  const tweet = article.blocks.find((block) => block.type === 'tweet');
  expect(tweet?.type === 'tweet' && tweet.date.iso).toBe('2017-11-03');
});

test('a tweet\'s date ends at its year: a number after it, or a comma closing it, is not the date\'s', () => {
  const numbered = ingest(`${PROSE}\nغارات عنيفة الآن على #إدلب— مراسل إدلب (@idlib_reporter) ٣ نوفمبر ٢٠١٧ ١٥ مدنياً على الأقل قتلوا في الغارات بحسب الدفاع المدني.`).article;
  expect(numbered.blocks[1]).toMatchObject({ date: { iso: '2017-11-03', original: '٣ نوفمبر ٢٠١٧' } });
  expect(numbered.blocks[2]?.text).toBe('١٥ مدنياً على الأقل قتلوا في الغارات بحسب الدفاع المدني.');
  const comma = ingest(`${PROSE}\nافتتاح رائع #الصحة— وزارة الصحة (@MOH_Test) 3 novembre 2017، وقال الوزير إن المستشفى سيخدم أكثر من مليون نسمة في المنطقة.`).article;
  expect(comma.blocks[1]).toMatchObject({ date: { iso: '2017-11-03', original: '3 novembre 2017،' } });
  expect(comma.blocks[2]?.text).toBe('وقال الوزير إن المستشفى سيخدم أكثر من مليون نسمة في المنطقة.');
});

test('an en dash in prose signs no tweet: a range of years, or an aside with a handle and no date', () => {
  for (const line of ['وخلال الفترة 2011–2015 نشر حساب الوزارة (@MOH_Test) آلاف التغريدات.', 'وكتب المتحدث – عبر حسابه (@army_sy) أن المدينة تحررت بالكامل.', 'وهذا ما أكده مدير المستشفى – الذي يغرد باسم (@dr_hosp)']) {
    expect(ingest(`${PROSE}\n${line}`).article.blocks.map((block) => block.type), line).toEqual(['paragraph', 'paragraph']);
  }
});

test('X\'s page around a quoted tweet is not taken into the tweet below it', () => {
  const { article } = ingest(`${PROSE}\nQuote Tweet\n@MOH_Test\nافتتاح رائع #الصحة pic.twitter.com/AbC123xyz— وزارة الصحة (@MOH_Test) 3 novembre 2017`);
  expect(article.blocks.map((block) => block.text)).toEqual([PROSE, 'Quote Tweet', '@MOH_Test', 'افتتاح رائع #الصحة pic.twitter.com/AbC123xyz']);
});

test('a confirmed citation whose last word grew is proposed again; an inferred date follows a newer tweet', () => {
  const seed = loadSeed();
  const edited = `${SEED_RAW.replace('إلى مقتل العشرات', 'إلى مقتل العشراتِ')}\nتغريدة أحدث #سوريا— منى (@mona) 9 novembre 2017`;
  const { article, notes } = ingestArticle(edited, { slug: seed.slug, rawName: '000_aa559fc9daf0de27.txt', existing: seed, random: seeded(7) });
  expect(article.citations.find((citation) => citation.id === 'media-dead')).toMatchObject({ review: 'pending', quote: { exact: 'وأشارت مصادر إعلامية متطابقة إلى مقتل العشراتِ' } });
  expect(messages(notes)).toContain('the article\'s inferred date changes from 2017-11-03 to 2017-11-09');
  expect(article.date).toMatchObject({ iso: '2017-11-09', status: 'inferred' });
});

test('a confirmed citation whose words now stand twice in its paragraph is dropped, and the note says why', () => {
  const text = 'قال المحافظ إن «الحياة ستعود إلى طبيعتها في المدينة» بحسب تعبيره.';
  const first = ingest(`${PROSE}\n${text}`).article;
  const paragraphId = first.blocks[1]?.id ?? '';
  const curated = {
    ...first,
    sources: [...first.sources, { id: 'governor', name: 'المحافظ', kind: 'named-person' as const, affiliation: { text: 'محافظ المدينة.', asOf: '2024-01-01' } }],
    citations: [{ id: 'c-gov', sourceId: 'governor', paragraphId, quote: { exact: 'الحياة ستعود إلى طبيعتها في المدينة' } }],
  };
  const twice = text.replace('» بحسب', '»، مكرراً: «الحياة ستعود إلى طبيعتها في المدينة» بحسب');
  const { article, notes } = ingestArticle(`${PROSE}\n${twice}`, { slug: 'draft', rawName: 'draft.txt', today: '2024-01-01', existing: curated, random: seeded(8) });
  expect(article.citations.map((citation) => citation.id)).not.toContain('c-gov');
  expect(messages(notes)).toMatch(/citation c-gov \(«المحافظ»\) quoted «الحياة ستعود إلى طبيعتها في المدينة», and those words now stand more than once in paragraph p-\w+: dropped/);
});

/** The text of a draft written back as raw lines, for comparing with the input. */
function writtenBack(article: ReturnType<typeof ingest>['article']): string {
  return article.blocks
    .map((block) => (block.type === 'paragraph' ? block.text : `${block.text}—${block.author.name}(@${block.author.handle})${block.date.original === '—' ? '' : block.date.original}`))
    .join('\n');
}

const visible = (text: string) => text.normalize('NFC').replace(/[\s\p{Cf}]/gu, '');

test('every visible character of the input reaches exactly one place of the draft, in order', () => {
  const word = fc.constantFrom('دير', 'الزور', '#سوريا', 'pic.twitter.com/Ab1', 'Mourad*', '٣', '2017', '،', '.', '(', ')', '@', 'novembre', '\u200F', 'ـ');
  const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
  const signature = fc.tuple(fc.constantFrom('علي', 'Mourad*', 'ريما'), fc.constantFrom('ali', 'Reema_1'), fc.constantFrom('3 novembre 2017', 'November 3, 2017', '')).map(([name, handle, date]) => `— ${name} (@${handle}) ${date}`);
  const line = fc.oneof(text, fc.tuple(text, signature).map(([body, sig]) => `${body}${sig}`), fc.constant(''), fc.constant(PROSE));
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), (lines) => {
      const raw = [PROSE, ...lines].join('\n');
      let report;
      try {
        report = ingest(raw);
      } catch (error) {
        expectRefusal(error);
        return;
      }
      expect(visible(writtenBack(report.article))).toBe(visible(raw));
    }),
    { numRuns: 300, seed: 20171104 },
  );
});
