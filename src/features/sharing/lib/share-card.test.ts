import { expect, test } from 'vitest';
import { loadSeed } from '../../../../tests/fixtures/articles.ts';
import type { Block } from '../../../content/schema.ts';
import { DESCRIPTION_LENGTH, IMAGE_TEXT_LENGTH, authorByline, blockOpening, clipboardText, tweetAttribution, shareCardOf, shareDescription, shareImageAlt } from './share-card.ts';

const seed = loadSeed();
const block = (id: string): Block => {
  const found = seed.blocks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no block ${id}`);
  return found;
};

test("a paragraph's preview is its own text, cut at a word with «…»", () => {
  const paragraph = block('p-q8tn');
  const description = shareDescription(seed, paragraph);
  expect(description.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH + 1);
  expect(description.endsWith('…')).toBe(true);
  const opening = description.slice(0, -1);
  expect(paragraph.text.replace(/\s+/gu, ' ').startsWith(opening)).toBe(true);
  // Cut between words: the next character of the text after the opening is a space.
  expect(paragraph.text.replace(/\s+/gu, ' ').charAt(opening.length)).toMatch(/[\s،,]/u);
});

test("a tweet's preview names its author, isolated, and its image shows name, handle and date", () => {
  const tweet = block('t-n6sa');
  expect(shareDescription(seed, tweet)).toMatch(/^\u200f\u2068Mourad\*\u2069 على X: فعلها الجيش السوري/u);
  // Whole, without its picture's link: no «…» at its end.
  expect(shareDescription(seed, tweet)).toMatch(/تحيا بلادك يا سوري$/u);
  const card = shareCardOf(seed, tweet);
  expect(card.kind).toBe('tweet');
  expect(card.tweet).toEqual({ name: 'Mourad*', handle: 'Almelden2017', date: '٣ تشرين الثاني/نوفمبر ٢٠١٧' });
  expect(shareImageAlt(seed, tweet)).toContain('Mourad*');
});

test('the image text is the opening of a long block; the article card has the lede and a headline not said twice', () => {
  const long = { ...block('p-q8tn'), text: 'كلمة '.repeat(5000) } as Block;
  expect(shareCardOf(seed, long).text.length).toBeLessThanOrEqual(IMAGE_TEXT_LENGTH + 1);
  const article = shareCardOf(seed, null);
  expect(article.kind).toBe('article');
  // The seed's headline is its lede's start: the picture shows the lede from its first word and
  // no headline under it; the description (under the preview's title) goes on from the headline.
  expect(article.text.startsWith('استعادت قوات الجيش السوري')).toBe(true);
  expect(article.headline).toBe('');
  expect(shareImageAlt(seed, null)).toBe(`صورة فيها مطلع المقال «${seed.headline.text}…» في «صحيفة»`);
  expect(shareDescription(seed, null).startsWith('…بشكل كامل من تنظيم الدولة الإسلامي')).toBe(true);
  const titled = { ...seed, headline: { text: 'عنوان من المصدر', derivation: 'original' } } as const;
  expect(shareCardOf(titled, null).headline).toBe('عنوان من المصدر');
  expect(shareDescription(titled, null).startsWith('استعادت قوات الجيش السوري')).toBe(true);
  // A lede that is all headline: the next paragraph speaks.
  const [first, second] = seed.blocks.filter((candidate) => candidate.type === 'paragraph');
  const whole = { ...seed, headline: { text: first?.text ?? '', derivation: 'lede-excerpt' } } as const;
  expect(shareDescription(whole, null).slice(0, 20)).toBe(second?.text.slice(0, 20));
});

test('bidi controls in a name never reach the picture or the preview', () => {
  const tweet = { ...block('t-n6sa'), author: { name: 'مستخدم\u202eevil\u202c', handle: 'x' } } as Block;
  expect(shareCardOf(seed, tweet).tweet?.name).toBe('مستخدمevil');
  expect(shareDescription(seed, tweet)).not.toMatch(/[\u202a-\u202e]/u);
});

test('copying a block gives the quote in «», a line break, then the address', () => {
  expect(clipboardText('نص  الفقرة\nهنا', 'https://s.example/articles/a/p/p-1')).toBe('«نص الفقرة هنا»\nhttps://s.example/articles/a/p/p-1');
  expect(clipboardText('', 'https://s.example/a')).toBe('https://s.example/a');
  // A tweet's quote says whose it is.
  expect(clipboardText('نبارك للأخوة', 'https://s.example/a', 'ريما على X')).toBe('ريما على X: «نبارك للأخوة»\nhttps://s.example/a');
});

test('a tweet pasted elsewhere names its author and @handle, the handle isolated left to right', () => {
  const tweet = block('t-n6sa');
  if (tweet.type !== 'tweet') throw new Error('t-n6sa is a tweet');
  expect(authorByline(tweet)).toBe(`Mourad* (\u2066@${tweet.author.handle}\u2069)`);
  // A name with nothing visible (or only bidi controls) leaves the handle alone.
  expect(authorByline({ ...tweet, author: { ...tweet.author, name: '\u202e\u200b ' } })).toBe(`\u2066@${tweet.author.handle}\u2069`);
});

test('a quoted tweet says where it stands on X, as its card does, and reads right to left first', () => {
  const tweet = block('t-n6sa');
  if (tweet.type !== 'tweet') throw new Error('t-n6sa is a tweet');
  const who = `\u2068${authorByline(tweet)}\u2069`;
  expect(tweetAttribution(tweet)).toBe(`\u200f${who} على X`);
  expect(tweetAttribution({ ...tweet, availability: 'deleted' })).toBe(`\u200f${who} في تغريدة حُذفت من X`);
  expect(tweetAttribution({ ...tweet, availability: 'withheld' })).toBe(`\u200f${who} في تغريدة حُجبت على X`);
  expect(shareDescription(seed, { ...tweet, availability: 'deleted' })).toMatch(/^\u200f\u2068Mourad\*\u2069 في تغريدة حُذفت من X: فعلها/u);
  // Its picture and the picture's description say it too.
  expect(shareCardOf(seed, tweet).label).toBe('تغريدة مقتبسة في مقال');
  expect(shareCardOf(seed, { ...tweet, availability: 'deleted' }).label).toBe('تغريدة حُذفت من X، مقتبسة في مقال');
  expect(shareCardOf(seed, { ...tweet, availability: 'withheld' }).label).toBe('تغريدة حُجبت على X، مقتبسة في مقال');
  expect(shareImageAlt(seed, { ...tweet, availability: 'deleted' })).toMatch(/^صورة فيها تغريدة من \u2068Mourad\*\u2069 حُذفت من X مقتبسة في مقال/u);
});

test('a paragraph is drawn right to left as the page shows it, however much Latin it quotes; a tweet by its letters', () => {
  const latinHeavy = { ...block('p-q8tn'), text: 'قال المتحدث: The Syrian Arab Army has fully liberated Deir ez-Zor city today.' } as Block;
  expect(shareCardOf(seed, latinHeavy).direction).toBe('rtl');
  // A paragraph with no Arabic letter at all is drawn left to right, as the page shows it.
  const english = { ...block('p-q8tn'), text: 'Huge crowds at the border crossing tonight, a reporter wrote.' } as Block;
  expect(shareCardOf(seed, english).direction).toBe('ltr');
  const latinTweet = { ...block('t-n6sa'), text: 'Deir ez-Zor is liberated, the army says.' } as Block;
  expect(shareCardOf(seed, latinTweet).direction).toBe('ltr');
  expect(shareCardOf(seed, block('t-n6sa')).direction).toBe('rtl');
  // By the whole block's letters, as its card reads it, not by the excerpt drawn: a tweet that
  // opens with more Latin than the picture holds and goes on in Arabic reads right to left in both.
  const opensInLatin = { ...block('t-n6sa'), text: `${'Breaking news from the city. '.repeat(10)}${'ثم نص عربي طويل جدًّا بعدها '.repeat(40)}` } as Block;
  expect(shareCardOf(seed, opensInLatin).text).toMatch(/^Breaking news/u);
  expect(shareCardOf(seed, opensInLatin).direction).toBe('rtl');
});

test('a name with nothing visible is shown as the @handle; control characters never reach a card', () => {
  const tweet = { ...block('t-n6sa'), author: { name: '\u200b', handle: 'someone' }, text: 'نص\u0000فيه' } as Block;
  const card = shareCardOf(seed, tweet);
  expect(card.tweet?.name).toBe('@someone');
  expect(card.text).toBe('نص فيه');
});

test("a block's share control is named by its opening words, cut at a word, clean of controls", () => {
  const long = 'قضت القوات السورية المسلحة على عدد كبير من مسلحي التنظيم المتطرف في أحياء المدينة الشرقية.';
  expect(blockOpening(long)).toBe('قضت القوات السورية المسلحة على…');
  expect(blockOpening('نص قصير')).toBe('نص قصير');
  expect(blockOpening('\u202eقال   \n  الوزير\u2069 اليوم')).toBe('قال الوزير اليوم');
  expect(blockOpening('')).toBe('(بلا نص)');
  // The head cleaned to nothing much: the opening is read from the whole text.
  expect(blockOpening(`${'\u200f'.repeat(70)}${long}`)).toBe('قضت القوات السورية المسلحة على…');
  // Never half of a letter outside the basic plane.
  expect(blockOpening(`${'\u{1d400}'.repeat(40)}`)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
});
