// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { loadSeed } from '../../../../tests/fixtures/articles.ts';
import { ArticleView } from './article-view.tsx';
import { ParagraphView } from './paragraph-view.tsx';

const seed = loadSeed();

function renderSeed() {
  return render(
    <ArticleView
      article={seed}
      renderParagraph={(block) => <ParagraphView key={block.id} block={block} />}
      renderTweet={(block) => <aside key={block.id} data-testid={block.id} />}
    />,
  );
}

test('the article renders every paragraph in order under one h1', () => {
  renderSeed();
  const article = screen.getByRole('article');
  expect(article).toHaveAttribute('lang', 'ar');
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  const paragraphs = [...article.querySelectorAll('[data-block="paragraph"]')];
  const expected = seed.blocks.flatMap((block) => (block.type === 'paragraph' ? [block] : []));
  expect(paragraphs.map((node) => node.id)).toEqual(expected.map((block) => block.id));
  expect(paragraphs.map((node) => node.textContent)).toEqual(expected.map((block) => block.text));
});

test('tweets stand where they stood in the source', () => {
  renderSeed();
  const order = [...screen.getByRole('article').querySelectorAll('[data-block="paragraph"], [data-testid]')].map(
    (node) => node.id || node.getAttribute('data-testid'),
  );
  expect(order).toEqual(seed.blocks.map((block) => block.id));
});

test('the inferred date and the derived headline are marked as such', () => {
  renderSeed();
  expect(screen.getByText('التاريخ المرجَّح: ٣ نوفمبر ٢٠١٧').closest('time')).toHaveAttribute('datetime', '2017-11-03');
  expect(screen.getByText('التاريخ المرجَّح: 3 نوفمبر 2017')).toHaveAttribute('data-digits-variant', 'latn');
  // Said once: «المرجَّح» already marks the date as inferred, and the basis says how.
  expect(screen.queryByText('(مستنتَج)')).toBeNull();
  expect(screen.getByText('العنوان مقتطف حرفيًّا من مطلع المقال؛ لم يرد للنص عنوان في مصدره.')).toBeInTheDocument();
});

test('a paragraph marks the given ranges and isolates Latin runs', () => {
  render(<ParagraphView block={{ type: 'paragraph', id: 'p-test', text: 'قال Mourad* إن دير الزور تحررت' }} marks={[{ start: 15, end: 24 }]} />);
  const paragraph = document.getElementById('p-test');
  expect(paragraph?.querySelector('mark')?.textContent).toBe('دير الزور');
  expect(paragraph?.querySelector('bdi[dir="ltr"]')?.textContent).toBe('Mourad*');
  expect(paragraph?.textContent).toBe('قال Mourad* إن دير الزور تحررت');
});
