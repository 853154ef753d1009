/** Hostile input (issue #10): what validation must refuse, starting from the hostile fixture. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURE_CONTENT_DIR } from '../../tests/fixtures/articles.ts';
import { checkArticle } from './validate-article.ts';

type TweetJson = { type: 'tweet'; id: string; links: string[]; author: { handle: string; name: string }; text: string; html?: string };
type BlockJson = { type: string; id: string; text?: string } | TweetJson;
type Json = { blocks: BlockJson[]; sources: Array<{ link?: string }>; headline: { text: string }; [field: string]: unknown };

const hostile = (): Json => JSON.parse(readFileSync(join(FIXTURE_CONTENT_DIR, 'articles/fixture-hostile.json'), 'utf8'));
const tweet = (article: Json) => article.blocks.find((block): block is TweetJson => block.type === 'tweet')!;

function problems(change: (article: Json) => void) {
  const article = hostile();
  change(article);
  const result = checkArticle(article);
  return result.ok ? [] : result.problems;
}

test('the hostile fixture as committed is accepted: markup in text is only text', () => {
  expect(checkArticle(hostile())).toMatchObject({ ok: true });
});

test.each([
  ['javascript:', 'javascript:alert(1)'],
  ['data:', 'data:text/html,<script>alert(1)</script>'],
  ['plain http', 'http://t.co/abc'],
  ['a host outside X', 'https://evil.example/abc'],
  ['a look-alike host', 'https://t.co.evil.example/abc'],
  ['credentials in the URL', 'https://user:pass@t.co/abc'],
  ['an invisible override inside', 'https://t.co/\u202Eabc'],
])('a tweet link with %s is refused', (_name, link) => {
  const found = problems((article) => {
    tweet(article).links = [link];
  });
  expect(found[0]?.path).toBe('$.blocks[4].links[0]');
});

test('a source link that is not https is refused', () => {
  expect(problems((article) => (article.sources[0]!.link = 'javascript:alert(1)'))[0]).toEqual({
    path: '$.sources[0].link',
    message: 'must be an absolute https URL',
  });
});

test('U+202E in a handle is refused', () => {
  expect(problems((article) => (tweet(article).author.handle = 'evil\u202Eeldnah'))[0]?.path).toBe('$.blocks[4].author.handle');
});

test('a 10,000-character hashtag in a tweet is refused as an absurd size', () => {
  const found = problems((article) => {
    tweet(article).text = `#${'ا'.repeat(10_000)}`;
  });
  expect(found).toContainEqual({ path: '$.blocks[4].text', message: 'must be at most 1000 characters' });
});

test('empty fields are refused', () => {
  expect(problems((article) => (tweet(article).author.name = ''))[0]).toEqual({ path: '$.blocks[4].author.name', message: 'must not be empty' });
  expect(problems((article) => (article.headline.text = ' \n '))[0]).toEqual({ path: '$.headline.text', message: 'must not be empty' });
});

test('unknown fields are refused, an html field included', () => {
  expect(problems((article) => (tweet(article).html = '<script>alert(1)</script>'))[0]?.message).toMatch(/html/);
  expect(problems((article) => (article.__proto__polluted = true))[0]?.path).toBe('$');
});

test('non-ASCII and duplicate ids are refused', () => {
  expect(problems((article) => (article.blocks[0]!.id = 'p-١'))[0]?.path).toBe('$.blocks[0].id');
  expect(problems((article) => (article.blocks[1]!.id = article.blocks[0]!.id))[0]?.message).toMatch(/duplicate block id/);
});

test('an article with more blocks than any real one is refused', () => {
  const found = problems((article) => {
    article.blocks = Array.from({ length: 5_001 }, (_, i) => ({ type: 'paragraph', id: `p-${i}`, text: 'نص' }));
  });
  expect(found[0]?.path).toBe('$.blocks');
});
