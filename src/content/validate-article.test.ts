import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_DIR } from './read-articles.ts';
import { checkArticle, formatJsonPath, parseArticle, ContentError } from './validate-article.ts';
import { PROPOSED_AFFILIATION } from './schema.ts';

type Json = Record<string, unknown>;
const seedJson = (): Json => JSON.parse(readFileSync(join(CONTENT_DIR, 'articles/deir-ez-zor-recaptured.json'), 'utf8'));

/** Runs `change` on a fresh copy of the seed and returns the problems found. */
function problemsAfter(change: (article: Json) => void) {
  const article = seedJson();
  change(article);
  const result = checkArticle(article);
  return result.ok ? [] : result.problems;
}

function blocks(article: Json): Json[] {
  return article.blocks as Json[];
}

test('the seed article is valid', () => {
  expect(checkArticle(seedJson())).toMatchObject({ ok: true });
});

test('a duplicate paragraph id is named with its path', () => {
  const problems = problemsAfter((article) => {
    blocks(article)[1]!.id = blocks(article)[0]!.id;
  });
  expect(problems).toContainEqual({ path: '$.blocks[1].id', message: 'duplicate block id "p-r4kx"' });
});

test('a non-ASCII or position-looking id is refused', () => {
  const problems = problemsAfter((article) => {
    blocks(article)[0]!.id = 'فقرة';
  });
  expect(problems[0]?.path).toBe('$.blocks[0].id');
  expect(problems[0]?.message).toMatch(/short ASCII id/);
});

test.each(['main', 'hashtags-title', 'sources-title', 'arrival-notice', 'root', 'article-title-x', 'source-sana', 'cite-x'])(
  'a block id that could be one of the page\'s own ids (%s) is refused',
  (id) => {
    const problems = problemsAfter((article) => {
      blocks(article)[0]!.id = id;
    });
    expect(problems[0]?.path).toBe('$.blocks[0].id');
  },
);

test('a paragraph id starts with p-, a tweet id with t-', () => {
  expect(problemsAfter((article) => (blocks(article)[0]!.id = 't-abcd'))[0]).toEqual({ path: '$.blocks[0].id', message: 'must start with "p-"' });
  expect(problemsAfter((article) => (blocks(article)[3]!.id = 'p-abcd'))[0]).toEqual({ path: '$.blocks[3].id', message: 'must start with "t-"' });
});

test('decomposed (NFD) text is refused with its path, wherever it is', () => {
  const problems = problemsAfter((article) => {
    blocks(article)[2]!.text = String(blocks(article)[2]!.text).normalize('NFD');
    (article.headline as Json).text = 'الإرهاب'.normalize('NFD');
  });
  expect(problems).toContainEqual({ path: '$.blocks[2].text', message: 'must be Unicode NFC (composed); `npm run ingest` normalizes text' });
  expect(problems).toContainEqual(expect.objectContaining({ path: '$.headline.text' }));
});

test('two citations of the same words are refused: the second could never be shown', () => {
  const problems = problemsAfter((article) => {
    const citations = article.citations as Json[];
    citations.push({ ...citations[0], id: 'sana-again' });
  });
  expect(problems).toContainEqual({
    path: '$.citations[5].quote',
    message: 'quotes the same text as citation "sana-liberated" (citations[0]) in paragraph "p-m2vd"',
  });
});

test('a citation whose quote is not in its paragraph is refused', () => {
  const problems = problemsAfter((article) => {
    (article.citations as Json[])[0]!.quote = { exact: 'نص غير موجود في الفقرة' };
  });
  expect(problems).toContainEqual({ path: '$.citations[0].quote.exact', message: 'quote not found in paragraph "p-m2vd"' });
});

test('a citation of an unknown source is refused', () => {
  const problems = problemsAfter((article) => {
    (article.citations as Json[])[0]!.sourceId = 'nobody';
  });
  expect(problems).toContainEqual({ path: '$.citations[0].sourceId', message: 'unknown source id "nobody"' });
});

test('a link that is not https is refused, javascript: included', () => {
  const httpProblems = problemsAfter((article) => {
    (article.sources as Json[])[0]!.link = 'http://sana.sy/';
  });
  expect(httpProblems).toContainEqual({ path: '$.sources[0].link', message: 'must be an absolute https URL' });
  const scriptProblems = problemsAfter((article) => {
    (blocks(article)[3]!.media as string[])[0] = 'javascript:alert(1)';
  });
  expect(scriptProblems[0]?.path).toBe('$.blocks[3].media[0]');
});

test('a tweet link outside X/Twitter is refused', () => {
  const problems = problemsAfter((article) => {
    blocks(article)[3]!.media = ['evil.example/x'];
  });
  expect(problems[0]).toMatchObject({ path: '$.blocks[3].media[0]' });
  expect(problems[0]?.message).toMatch(/x\.com/);
});

test('an empty paragraph is refused', () => {
  const problems = problemsAfter((article) => {
    blocks(article)[0]!.text = '   ';
  });
  expect(problems).toContainEqual({ path: '$.blocks[0].text', message: 'must not be empty' });
});

test('unknown fields are refused', () => {
  const problems = problemsAfter((article) => {
    blocks(article)[0]!.html = '<b>x</b>';
  });
  expect(problems[0]?.path).toBe('$.blocks[0]');
  expect(problems[0]?.message).toMatch(/html/);
});

test('hashtags that disagree with the tweet text are refused', () => {
  const problems = problemsAfter((article) => {
    blocks(article)[3]!.hashtags = ['سوريا'];
  });
  expect(problems[0]?.path).toBe('$.blocks[3].hashtags');
});

test('an alias must point at an existing block', () => {
  const problems = problemsAfter((article) => {
    article.aliases = { 'p-old': 'p-missing' };
  });
  expect(problems).toContainEqual({ path: '$.aliases["p-old"]', message: 'alias target "p-missing" is not a block id' });
});

test('a lede-excerpt headline must be taken verbatim from the lede', () => {
  const problems = problemsAfter((article) => {
    article.headline = { text: 'عنوان مخترع', derivation: 'lede-excerpt' };
  });
  expect(problems[0]?.path).toBe('$.headline.text');
});

test('a lede-excerpt headline that stops inside a word or a number is refused', () => {
  const problems = problemsAfter((article) => {
    const lede = blocks(article).find((block) => block.type === 'paragraph');
    article.headline = { text: String(lede?.text).slice(0, 5), derivation: 'lede-excerpt' };
  });
  expect(problems[0]).toMatchObject({ path: '$.headline.text', message: expect.stringContaining('must end where a word of the lede ends') });
});

test('a confirmed source may not keep the placeholder affiliation the ingest tool proposed', () => {
  const pending = problemsAfter((article) => {
    const source = (article.sources as Json[])[0]!;
    (source.affiliation as Json).text = PROPOSED_AFFILIATION;
    source.review = 'pending';
  });
  expect(pending).toEqual([]);
  const confirmed = problemsAfter((article) => {
    ((article.sources as Json[])[0]!.affiliation as Json).text = PROPOSED_AFFILIATION;
  });
  expect(confirmed).toEqual([{ path: '$.sources[0].affiliation.text', message: expect.stringContaining('still the placeholder the ingest tool wrote') }]);
});

test('an impossible date is refused', () => {
  const problems = problemsAfter((article) => {
    (blocks(article)[3]!.date as Json).iso = '2017-02-30';
  });
  expect(problems[0]).toMatchObject({ path: '$.blocks[3].date.iso', message: 'must be a calendar date written YYYY-MM-DD' });
});

test('parseArticle names the file in its error message', () => {
  const article = seedJson();
  article.slug = 'Not A Slug';
  expect(() => parseArticle(article, 'content/articles/bad.json')).toThrow(ContentError);
  expect(() => parseArticle(article, 'content/articles/bad.json')).toThrow(/content\/articles\/bad\.json: \$\.slug: must be lowercase/);
});

test('JSON paths are written the way jq would read them', () => {
  expect(formatJsonPath(['blocks', 3, 'author', 'handle'])).toBe('$.blocks[3].author.handle');
  expect(formatJsonPath(['aliases', 'p-1'])).toBe('$.aliases["p-1"]');
});
