import { expect, test } from 'vitest';
import { makeTweet, seedTweet } from '../../../../tests/fixtures/articles.ts';
import { buildTweetModel, toMonogram } from './tweet-model.ts';

test('the seed tweet becomes lines of text, hashtag and media entities', () => {
  const model = buildTweetModel(seedTweet(0));
  expect(model.lines).toHaveLength(3);
  expect(model.lines[2]?.map((entity) => entity.type)).toEqual(['hashtag', 'hashtag', 'text', 'hashtag', 'text', 'hashtag', 'text', 'media']);
  expect(model.direction).toBe('rtl');
});

test('every character of the text survives the entity split', () => {
  const model = buildTweetModel(seedTweet(1));
  const rebuilt = model.lines
    .map((line) => line.map((entity) => (entity.type === 'text' ? entity.text : entity.written)).join(''))
    .join('\n');
  expect(rebuilt).toBe(seedTweet(1).text);
});

test('a link that is not on X hosts is left as plain text', () => {
  const model = buildTweetModel(makeTweet({ text: 'انظر evil.example/x', hashtags: [], media: ['evil.example/x'], links: [] }));
  expect(model.lines[0]?.every((entity) => entity.type === 'text')).toBe(true);
});

test('monograms take the first letter of the name', () => {
  expect(toMonogram('ريما', 'x')).toBe('ر');
  expect(toMonogram('mourad*', 'x')).toBe('M');
  expect(toMonogram('  ', 'handle')).toBe('H');
});

test('hashtag entities match the extractor exactly, glued and full-width tags included', async () => {
  const { extractHashtagsWithIndices } = await import('../../../lib/hashtags.ts');
  const text = 'أول #وسم_١ و ＃وسم_٢\n#ملتصق#بآخر وليس كلمة#وسم ولا https://x.com/#frag';
  const hashtags = extractHashtagsWithIndices(text).map((match) => match.tag);
  const model = buildTweetModel(makeTweet({ text, hashtags, media: [], links: [] }));
  const found = model.lines.flatMap((line) => line.flatMap((entity) => (entity.type === 'hashtag' ? [entity.written] : [])));
  expect(found).toEqual(['#وسم_١', '＃وسم_٢', '#ملتصق', '#بآخر']);
});
