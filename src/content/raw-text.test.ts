import { expect, test } from 'vitest';
import { ingestArticle } from '../ingest/ingest-article.ts';
import { comparableArticleText, comparableRawText, firstDifference } from './raw-text.ts';

const LEDE = 'فقرة أولى من المقال تروي ما جرى في المدينة صباح اليوم، بحسب ما نقله شهود عيان للصحيفة من هناك.';
const TWEET = 'بدأنا اليوم عملية إجلاء واسعة #إجلاء pic.twitter.com/Xy12Ab34Cd';

test.each([
  ['a final newline', `${LEDE}\nفقرة ثانية.\n`],
  ['blank lines between paragraphs', `${LEDE}\n\nفقرة ثانية.\n\n\n`],
  ['a byte order mark, CRLF and CR line ends', `\uFEFF${LEDE}\r\nفقرة ثانية.\rفقرة ثالثة.\r\n`],
  ['decomposed letters', `${LEDE}\nا\u0654علنت الوزارة.`],
  ['spaces around a signature', `${LEDE}\n${TWEET}  —  وزارة الداخلية(@MOI_Test)November 3, 2024  \nفقرة ختامية.`],
  ['a signature written with &mdash;', `${LEDE}\n${TWEET}&mdash; وزارة الداخلية (@MOI_Test) November 3, 2024`],
  ['a line of direction marks only', `${LEDE}\n\u200f\u200e\nفقرة ثانية.`],
  ['two tweets on one line', `${LEDE}\n${TWEET}— علي (@ali) 3 novembre 2017 التغريدة الثانية #حلب— منى (@mona) 4 novembre 2017`],
])('a draft from raw text with %s carries every word of it, in order', (_name, raw) => {
  const { article } = ingestArticle(raw, { slug: 'draft', rawName: 'draft.txt', today: '2024-01-01' });
  expect(comparableArticleText(article)).toBe(comparableRawText(raw));
});

test('a word lost, changed or moved, or a space lost between two words, is a difference', () => {
  const { article } = ingestArticle(`${LEDE}\nقالت الوزارة إن العمل مستمر.`, { slug: 'draft', rawName: 'draft.txt', today: '2024-01-01' });
  const raw = comparableRawText(`${LEDE}\nقالت الوزارة إن العمل مستمر.`);
  expect(comparableArticleText(article)).toBe(raw);
  for (const changed of ['قالت الوزارة إن العمل.', 'قالت الوزارةإن العمل مستمر.', 'الوزارة قالت إن العمل مستمر.', 'قالت الوزاره إن العمل مستمر.']) {
    const edited = { ...article, blocks: article.blocks.map((block, index) => (index === 1 && block.type === 'paragraph' ? { ...block, text: changed } : block)) };
    expect(firstDifference(raw, comparableArticleText(edited))).not.toBeNull();
  }
});
