// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { loadSeed, longArticle } from '../../../../tests/fixtures/articles.ts';
import { GROUP_SIZE } from '../lib/staged-groups.ts';
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
  const time = document.querySelector('header time');
  expect(time).toHaveAttribute('datetime', '2017-11-03');
  expect(time?.querySelector('[data-digits-variant="arab"]')).toHaveTextContent('التاريخ المرجَّح: ٣ نوفمبر ٢٠١٧');
  expect(time?.querySelector('[data-digits-variant="latn"]')).toHaveTextContent('التاريخ المرجَّح: 3 نوفمبر 2017');
  // Said once: «المرجَّح» already marks the date as inferred, and the basis says how.
  expect(screen.queryByText('(مستنتَج)')).toBeNull();
  expect(screen.getByText('العنوان مقتطف من النص')).toBeInTheDocument();
  expect(screen.getByText('العنوان مقتطف حرفيًّا من مطلع المقال؛ لم يرد للنص عنوان في مصدره.')).toBeInTheDocument();
});

test('a paragraph marks the given ranges and isolates Latin runs', () => {
  render(<ParagraphView block={{ type: 'paragraph', id: 'p-test', text: 'قال Mourad* إن دير الزور تحررت' }} marks={[{ start: 15, end: 24 }]} />);
  const paragraph = document.getElementById('p-test');
  expect(paragraph?.querySelector('mark')?.textContent).toBe('دير الزور');
  expect(paragraph?.querySelector('bdi[dir="ltr"]')?.textContent).toBe('Mourad*');
  expect(paragraph?.textContent).toBe('قال Mourad* إن دير الزور تحررت');
});

function LongArticle({ article, shown }: { article: ReturnType<typeof longArticle>; shown: { ids: ReadonlySet<string> } | null }) {
  return (
    <ArticleView
      article={article}
      view={shown ?? undefined}
      renderParagraph={(block) => <ParagraphView key={block.id} block={block} hidden={shown !== null && !shown.ids.has(block.id)} />}
      renderTweet={() => null}
    />
  );
}

/** The ids of the paragraphs each group shows (not filtered out), group by group. */
function shownByGroup(): string[][] {
  return Array.from(document.querySelectorAll('[data-group]'), (group) =>
    Array.from(group.querySelectorAll('[data-block="paragraph"]'))
      .filter((paragraph) => !paragraph.parentElement?.hidden)
      .map((paragraph) => paragraph.id),
  );
}

test('a new view reaches a long article group by group, the reader\'s group first', async () => {
  const article = longArticle(GROUP_SIZE * 3 + 5);
  const ids = article.blocks.map((block) => block.id);
  const { rerender } = render(<LongArticle article={article} shown={null} />);
  expect(shownByGroup().flat()).toEqual(ids);

  const every7th = { ids: new Set(ids.filter((_, index) => index % 7 === 0)) };
  rerender(<LongArticle article={article} shown={every7th} />);
  // In the same render: the first group shows the new view; the others wait, skipped and hidden
  // from assistive technology, the article body marked busy.
  const groups = Array.from(document.querySelectorAll('[data-group]'));
  expect(groups.map((group) => group.hasAttribute('data-waiting'))).toEqual([false, true, true, true]);
  expect(groups.map((group) => group.getAttribute('aria-hidden'))).toEqual([null, 'true', 'true', 'true']);
  expect(document.querySelector('[aria-busy="true"]')).not.toBeNull();
  expect(shownByGroup()[0]).toEqual(ids.slice(0, GROUP_SIZE).filter((id) => every7th.ids.has(id)));

  await waitFor(() => expect(document.querySelector('[aria-busy]')).toBeNull());
  expect(document.querySelectorAll('[data-waiting]')).toHaveLength(0);
  expect(shownByGroup().flat()).toEqual(ids.filter((id) => every7th.ids.has(id)));
});
