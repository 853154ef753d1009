import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, expect, test } from 'vitest';
import { loadSeed } from '../../tests/fixtures/articles.ts';
import type { Article, Block } from '../../src/content/schema.ts';
import { shareCardOf, type ShareCard } from '../../src/features/sharing/lib/share-card.ts';
import { SHARE_IMAGE, drawShareCard, shareImages } from './share-images.ts';

const REFERENCE = new URL('../../tests/fixtures/share-image-reference.png', import.meta.url);

/** A sentence that goes wrong visibly when it is reversed, unjoined or misordered. */
const MIXED: ShareCard = {
  kind: 'tweet',
  siteName: 'صحيفة',
  label: 'تغريدة مقتبسة في مقال',
  direction: 'rtl',
  headline: 'استعادت قوات الجيش السوري السيطرة على مدينة دير الزور',
  text: 'نقلت وكالة Reuters عن مصادر في 3 novembre 2017 أن ٤٠ مقاتلًا قُتلوا #دير_الزور',
  tweet: { name: 'Mourad*', handle: 'Almelden2017', date: '٣ تشرين الثاني/نوفمبر ٢٠١٧' },
  digits: 'arab',
};

/** Share of pixels whose grey level differs by more than a quarter of the range. */
async function difference(a: Buffer, b: Buffer): Promise<number> {
  const grey = (png: Buffer) => sharp(png).greyscale().raw().toBuffer();
  const [left, right] = await Promise.all([grey(a), grey(b)]);
  let differing = 0;
  for (let i = 0; i < left.length; i += 1) if (Math.abs((left[i] ?? 0) - (right[i] ?? 0)) > 64) differing += 1;
  return differing / left.length;
}

const temp: string[] = [];
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

test('a mixed Arabic and Latin card is drawn as the reference shows it, and a misdrawn one is told apart', async () => {
  const { png: drawn } = await drawShareCard(MIXED);
  expect(await sharp(drawn).metadata()).toMatchObject({ format: 'png', width: SHARE_IMAGE.width, height: SHARE_IMAGE.height });
  const reference = readFileSync(REFERENCE);
  expect(await difference(drawn, reference)).toBeLessThan(0.002);
  // The same words reversed (what an engine without bidi draws), and unjoined letters (what one
  // without shaping draws): both must fail the comparison above by far.
  const { png: reversed } = await drawShareCard({ ...MIXED, text: [...MIXED.text].reverse().join('') });
  const { png: unjoined } = await drawShareCard({ ...MIXED, text: [...MIXED.text].join('\u200c') });
  expect(await difference(reversed, reference)).toBeGreaterThan(0.01);
  expect(await difference(unjoined, reference)).toBeGreaterThan(0.01);
});

test('hostile blocks still give a 1200×630 picture whose text stays above the headline', async () => {
  const seed = loadSeed();
  const paragraph = seed.blocks[0] as Block;
  const tweet = seed.blocks.find((block) => block.type === 'tweet') as Block;
  const longHeadline = { ...seed, headline: { ...seed.headline, text: 'عنوان طويل جدًّا '.repeat(18) } };
  const cases: [typeof seed, Block][] = [
    [seed, { ...paragraph, text: 'مقال '.repeat(4000) } as Block],
    [seed, { ...paragraph, text: '😀🎉🇸🇾✌️'.repeat(20) } as Block],
    [seed, { ...paragraph, text: 'Only Latin text, with no Arabic at all.' } as Block],
    [seed, { ...paragraph, text: `رابط طويل: https://example.com/${'a'.repeat(600)}` } as Block],
    [seed, { ...paragraph, text: 'نص فيه\u0000محرف تحكم' } as Block],
    [seed, { ...tweet, text: 'https://t.co/abc pic.twitter.com/xyz' } as Block],
    // A full tweet under a headline of 300 characters, by an author whose name has nothing visible.
    [longHeadline, { ...tweet, text: 'تغريدة طويلة بطول التغريدات العادية '.repeat(7).slice(0, 280), author: { name: '\u200b', handle: 'someone' } } as Block],
  ];
  for (const [article, block] of cases) {
    const { png, layout } = await drawShareCard(shareCardOf(article, block));
    expect(await sharp(png).metadata()).toMatchObject({ width: 1200, height: 630 });
    expect(layout.text.top + layout.text.height, block.text.slice(0, 40)).toBeLessThanOrEqual(layout.rule);
    expect((layout.headline?.top ?? 0) + (layout.headline?.height ?? 0)).toBeLessThanOrEqual(630);
  }
  // The seed article's own card: its headline is the lede's start, so no headline line; a long
  // lede still ends inside the picture's margin.
  const long = { ...seed, blocks: [{ ...paragraph, text: `${seed.headline.text} ${'بقية الفقرة '.repeat(200)}` } as Block, ...seed.blocks.slice(1)] };
  for (const article of [seed, long]) {
    const { layout } = await drawShareCard(shareCardOf(article, null));
    expect(layout.headline).toBeNull();
    expect(layout.text.top + layout.text.height).toBeLessThanOrEqual(630 - 40);
  }
});

test('a rebuild after editing one paragraph draws one image and reuses the others', async () => {
  const seed = loadSeed();
  const cache = mkdtempSync(join(tmpdir(), 'sahifa-share-cache-'));
  const dist = mkdtempSync(join(tmpdir(), 'sahifa-share-dist-'));
  temp.push(cache, dist);
  const drawAll = async (article: Article) => {
    const images = await shareImages(dist, cache);
    await Promise.all([null, ...article.blocks].map((block) => images.imageOf(shareCardOf(article, block))));
    return images.stats();
  };
  expect(await drawAll(seed)).toMatchObject({ drawn: seed.blocks.length + 1, reused: 0 });
  const edited: Article = { ...seed, blocks: seed.blocks.map((block) => (block.id === 'p-q8tn' ? { ...block, text: `${block.text} (مُحدَّث)` } : block)) };
  expect(await drawAll(edited)).toMatchObject({ drawn: 1, reused: seed.blocks.length });
  expect(readdirSync(join(dist, 'share'))).toHaveLength(seed.blocks.length + 2);
});
