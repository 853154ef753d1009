// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { expect, test } from 'vitest';
import { loadSeed } from '../../../../tests/fixtures/articles.ts';
import { buildTagIndex } from '../lib/tag-index.ts';
import { useHashtagFilter, useTagLinkClicks } from '../use-hashtag-filter.ts';
import { HashtagFilterBar } from './hashtag-filter-bar.tsx';

const seed = loadSeed();
const index = buildTagIndex(seed);

function Harness() {
  const hashtags = useHashtagFilter(seed, index);
  const onClick = useTagLinkClicks();
  return (
    <div onClick={onClick}>
      <HashtagFilterBar index={index} filter={hashtags.filter} siteTags={[]} />
      <div data-testid="visible">{seed.blocks.filter((block) => hashtags.isVisible(block.id)).map((block) => block.id).join(' ')}</div>
    </div>
  );
}

/** Renders the bar at `url` and waits for its tag list. */
async function renderAt(url: string) {
  // The filter reads and writes the address itself (tag-url.ts); the router gives the path.
  window.history.replaceState(null, '', url);
  const view = await act(async () =>
    render(
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/a" element={<Harness />} />
        </Routes>
      </MemoryRouter>,
    ),
  );
  await screen.findByRole('navigation', { name: 'وسوم المقال' });
  return view;
}

test('choosing a tag filters the article, announces it, and clearing brings everything back', async () => {
  const user = userEvent.setup();
  await renderAt('/a');
  const status = screen.getByRole('status');
  expect(status).toHaveTextContent('');
  await user.click(screen.getByRole('link', { name: '#سوريا' }));
  expect(status).toHaveTextContent('يظهر ما يحمل الوسم \u2068#سوريا\u2069 أو يذكره: ٣ مقاطع من ١٠.');
  expect(window.location.search).toBe(`?tag=${encodeURIComponent('سوريا')}`);
  expect(screen.getByRole('link', { name: '#سوريا' })).toHaveAttribute('aria-current', 'true');
  // The blocks follow (a deferred value: on a long article, after the tap's frame).
  await waitFor(() => expect(screen.getByTestId('visible')).toHaveTextContent('p-r4kx t-j5wc p-d5xm'));

  await user.click(screen.getByRole('link', { name: 'إظهار المقال كاملًا' }));
  await waitFor(() => expect(screen.getByTestId('visible').textContent?.split(' ')).toHaveLength(10));
  expect(status).toHaveTextContent('');
  expect(screen.getByRole('heading', { name: 'وسوم المقال' })).toHaveFocus();
});

test('each filter is a history entry: Back and Forward move between them', async () => {
  const user = userEvent.setup();
  await renderAt('/a');
  const status = screen.getByRole('status');
  // Two taps in a row, then Back once both are in the address: each was an entry of its own.
  await user.click(screen.getByRole('link', { name: '#سوريا' }));
  await user.click(screen.getByRole('link', { name: '#دير_الزور' }));
  expect(status).toHaveTextContent('#دير_الزور');
  expect(window.location.search).toBe(`?tag=${encodeURIComponent('دير_الزور')}`);
  window.history.back();
  await waitFor(() => expect(status).toHaveTextContent('#سوريا'));
  expect(screen.getByRole('link', { name: '#سوريا' })).toHaveAttribute('aria-current', 'true');
  window.history.back();
  await waitFor(() => expect(status).toHaveTextContent(''));
  await waitFor(() => expect(screen.getByTestId('visible').textContent?.split(' ')).toHaveLength(10));
  window.history.forward();
  await waitFor(() => expect(status).toHaveTextContent('#سوريا'));
});

test('a tag opened with a modifier (a new tab) is left to the browser and filters nothing here', async () => {
  const user = userEvent.setup();
  await renderAt('/a');
  const link = screen.getByRole('link', { name: '#سوريا' });
  expect(link).toHaveAttribute('href', `?tag=${encodeURIComponent('سوريا')}`);
  // After the app's handler (the click has bubbled past it): did the app take the click?
  const takenByApp: boolean[] = [];
  const record = (event: MouseEvent) => {
    takenByApp.push(event.defaultPrevented);
    event.preventDefault(); // jsdom cannot open tabs
  };
  document.addEventListener('click', record);
  await user.keyboard('{Control>}');
  await user.click(link);
  await user.keyboard('{/Control}');
  document.removeEventListener('click', record);
  expect(takenByApp).toEqual([false]);
  expect(window.location.search).toBe('');
});

test('every tag is listed once with its count', async () => {
  await renderAt('/a');
  const links = screen.getAllByRole('link');
  expect(links).toHaveLength(7);
  expect(screen.getByText('٧ مواضع', { exact: false })).toBeInTheDocument();
  expect(screen.getByText('موضعان', { exact: false })).toBeInTheDocument();
});

test('an invalid ?tag= says so and filters nothing', async () => {
  await renderAt(`/a?tag=${'x'.repeat(400)}`);
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('الوسم المطلوب في الرابط غير صالح، فإليك المقال كاملًا.'));
  expect(screen.queryByRole('link', { name: 'إظهار المقال كاملًا' })).not.toBeInTheDocument();
  expect(screen.getByTestId('visible').textContent?.split(' ')).toHaveLength(10);
});
