// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { makeTweet, seedTweet } from '../../../../tests/fixtures/articles.ts';
import { TweetCard } from './tweet-card.tsx';

const asButton = (tag: string, written: string) => <button type="button" data-tag={tag}>{written}</button>;

test('renders hashtags as controls, the media link as a labelled chip, and keeps line breaks', () => {
  render(<TweetCard block={seedTweet(0)} renderHashtag={asButton} />);
  const card = screen.getByRole('article', { name: 'تغريدة من ريما' });
  expect(within(card).getAllByRole('button').map((button) => button.textContent)).toEqual([
    '#سوريا', '#دير_الزور', '#الإرهاب', '#بالدير_محيناها', '#اسود_الديرالزور', '#ديرالزور_تنتصر', '#التغطية_مستمرة',
  ]);
  const media = within(card).getByRole('link', { name: 'صورة مرفقة على X: pic.twitter.com/TCT7kYPGYm' });
  expect(media).toHaveAttribute('href', 'https://pic.twitter.com/TCT7kYPGYm');
  expect(media).toHaveTextContent('صورة مرفقة على X');
  expect(card.querySelectorAll('blockquote p')).toHaveLength(3);
});

test('shows the date in Arabic with a machine-readable datetime and keeps the original string', () => {
  render(<TweetCard block={seedTweet(1)} renderHashtag={asButton} />);
  // Both digit styles are rendered; the stylesheet shows the reader's choice.
  const time = screen.getByText('٣ نوفمبر ٢٠١٧').closest('time');
  expect(time).toContainElement(screen.getByText('3 نوفمبر 2017'));
  expect(time).toHaveAttribute('datetime', '2017-11-03');
  expect(time).toHaveAttribute('title', 'التاريخ كما ورد: 3 novembre 2017');
});

test('an Arabic tweet that starts with a Latin word or URL still reads right to left', () => {
  render(<TweetCard block={makeTweet({ text: 'BREAKING: https://t.co/abc قوات الجيش تدخل المدينة وتعلن السيطرة', hashtags: [], media: [], links: ['https://t.co/abc'] })} renderHashtag={asButton} />);
  const quote = screen.getByRole('article').querySelector('blockquote');
  expect(quote).toHaveAttribute('dir', 'rtl');
  expect(quote).toHaveAttribute('lang', 'ar');
  const link = screen.getByRole('link', { name: 'رابط خارجي: https://t.co/abc' });
  expect(link.querySelector('bdi')).toHaveAttribute('dir', 'ltr');
  // The Latin word is isolated so its colon stays with it.
  expect(quote?.querySelector('bdi[dir="ltr"]')?.textContent).toBe('BREAKING');
});

test('an English tweet reads left to right', () => {
  render(<TweetCard block={makeTweet({ text: 'Deir ez-Zor is fully retaken, says the army', hashtags: [], media: [], links: [] })} renderHashtag={asButton} />);
  expect(screen.getByRole('article').querySelector('blockquote')).toHaveAttribute('dir', 'ltr');
});

test('an Arabic name with a Latin handle keeps both isolated', () => {
  render(<TweetCard block={makeTweet({ author: { name: 'ريما (Reema)', handle: 'Reema_Rashid11' } })} renderHashtag={asButton} />);
  const handle = screen.getByRole('link', { name: 'حساب @Reema_Rashid11 على X' });
  expect(handle.querySelector('bdi')).toHaveAttribute('dir', 'ltr');
  expect(handle).toHaveTextContent('@Reema_Rashid11');
  const name = screen.getByRole('article').querySelector('header bdi');
  expect(name?.tagName).toBe('BDI');
  expect(name).toHaveTextContent('ريما (Reema)');
  // Its Latin run isolated inside it, its brackets left to the Arabic around.
  expect(name?.querySelector('bdi[dir="ltr"]')).toHaveTextContent(/^Reema$/);
});

test('bidi override characters in a name or text are removed before display', () => {
  render(<TweetCard block={makeTweet({ author: { name: 'ريما\u202Eevil', handle: 'Reema_Rashid11' }, text: 'نص \u202Bمخفي\u202C', hashtags: [], media: [] })} renderHashtag={asButton} />);
  const card = screen.getByRole('article', { name: 'تغريدة من ريماevil' });
  expect(card.textContent).not.toMatch(/[\u202a-\u202e]/);
});

test('a deleted tweet shows an Arabic notice and the text as it was quoted', () => {
  render(<TweetCard block={makeTweet({ availability: 'deleted' })} renderHashtag={asButton} />);
  expect(screen.getByRole('note')).toHaveTextContent('حُذفت هذه التغريدة من X. هذا نصّها كما اقتُبس وقت نشر المقال.');
  expect(screen.getByRole('article')).toHaveTextContent('نبارك للأخوة');
});

test('a withheld tweet says so', () => {
  render(<TweetCard block={makeTweet({ availability: 'withheld' })} renderHashtag={asButton} />);
  expect(screen.getByRole('note')).toHaveTextContent('حُجبت هذه التغريدة على X.');
});

test('a tweet with a known address links to it; without one, only its handle links to X', () => {
  const { unmount } = render(<TweetCard block={makeTweet({ url: 'https://x.com/Reema_Rashid11/status/1' })} renderHashtag={asButton} />);
  expect(screen.getByRole('link', { name: 'عرض التغريدة على X' })).toHaveAttribute('href', 'https://x.com/Reema_Rashid11/status/1');
  unmount();
  render(<TweetCard block={seedTweet(0)} renderHashtag={asButton} />);
  expect(screen.queryByRole('link', { name: /^عرض .* على X$/ })).toBeNull();
  expect(screen.getAllByRole('link').filter((link) => link.getAttribute('href') === 'https://x.com/Reema_Rashid11')).toHaveLength(1);
});
