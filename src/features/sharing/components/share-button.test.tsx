// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { Toaster } from '../../../ui/toast.tsx';
import { HydrationBoundary } from '../../../ui/use-hydrated.tsx';
import { ShareButton } from './share-button.tsx';

// jsdom has no modal dialogs: opening one marks it open.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.removeAttribute('open');
};

const TEXT = 'وأشارت مصادر عسكرية إلى أنّ القوات السورية المسلحة قضت على عدد كبير من مسلحي التنظيم المتطرف بمن فيهم من قادة وأجانب، ودمرت أسلحتهم وعتادهم وصادرت الكثير من الأسلحة والذخيرة في أحياء المدينة الشرقية.';

// Every paragraph has a share control: its name says which paragraph, by its opening words.
const OPENING = ': «وأشارت مصادر عسكرية إلى أنّ…»';

function setNavigator(props: Record<string, unknown>) {
  for (const [key, value] of Object.entries(props)) {
    Object.defineProperty(window.navigator, key, { value, configurable: true, writable: true });
  }
}

afterEach(() => {
  setNavigator({ share: undefined, clipboard: undefined });
  window.history.replaceState(null, '', '/');
});

function renderButton() {
  window.history.replaceState(null, '', '/articles/deir-ez-zor-recaptured?tag=x');
  render(
    <>
      <ShareButton slug="deir-ez-zor-recaptured" blockId="p-q8tn" kind="paragraph" text={TEXT} title="العنوان" />
      <Toaster />
    </>,
  );
}

test('with the Web Share API it opens the share sheet with title, excerpt and the paragraph URL', async () => {
  const share = vi.fn().mockResolvedValue(undefined);
  setNavigator({ share });
  renderButton();
  await userEvent.click(screen.getByRole('button', { name: `مشاركة الفقرة${OPENING}` }));
  expect(share).toHaveBeenCalledWith({
    title: 'العنوان',
    // The quote a copy gives (whole up to 400 characters): no preview's cut.
    text: `«${TEXT}»`,
    url: 'http://localhost:3000/articles/deir-ez-zor-recaptured/p/p-q8tn',
  });
});

test('a cancelled share is silent', async () => {
  setNavigator({ share: vi.fn().mockRejectedValue(new DOMException('cancelled', 'AbortError')) });
  renderButton();
  await userEvent.click(screen.getByRole('button', { name: `مشاركة الفقرة${OPENING}` }));
  expect(screen.queryByRole('textbox')).toBeNull();
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(screen.getByRole('status')).toHaveTextContent('');
});

test('without Web Share it copies the quote, a line break and the share address, and says so', async () => {
  const writeText = vi.fn().mockResolvedValue(undefined);
  setNavigator({ clipboard: { writeText } });
  renderButton();
  await userEvent.click(screen.getByRole('button', { name: `نسخ الفقرة ورابطها${OPENING}` }));
  expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^«وأشارت مصادر عسكرية [^\n]*»\nhttp:\/\/localhost:3000\/articles\/deir-ez-zor-recaptured\/p\/p-q8tn$/));
  // Said in the page's one toast, not beside the control: the control keeps its size and place.
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('تم نسخ الفقرة ورابطها'));
  expect(screen.getByRole('button', { name: `نسخ الفقرة ورابطها${OPENING}` }).parentElement?.children).toHaveLength(2);
});

test('when the clipboard is refused it shows the link, selected, to copy by hand', async () => {
  setNavigator({ clipboard: { writeText: vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')) } });
  renderButton();
  await userEvent.click(screen.getByRole('button', { name: `نسخ الفقرة ورابطها${OPENING}` }));
  const dialog = await screen.findByRole('dialog', { name: 'انسخ الرابط' });
  const field = within(dialog).getByRole('textbox', { name: 'تعذّر النسخ تلقائيًا. هذا هو الرابط، انسخه يدويًا:' });
  expect(field).toHaveValue('http://localhost:3000/articles/deir-ez-zor-recaptured/p/p-q8tn');
  expect(field).toHaveFocus();
  expect(field).toHaveAttribute('dir', 'ltr');
});

test('it answers Space like any button, and the address does not change', async () => {
  const writeText = vi.fn().mockResolvedValue(undefined);
  setNavigator({ clipboard: { writeText } });
  renderButton();
  const button = screen.getByRole('button', { name: `نسخ الفقرة ورابطها${OPENING}` });
  button.focus();
  await userEvent.keyboard(' ');
  expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\/articles\/deir-ez-zor-recaptured\/p\/p-q8tn$/));
  expect(window.location.hash).toBe('');
});

test('prerendered (before hydration) it is a plain permalink to the block', () => {
  const html = renderToStaticMarkup(
    <HydrationBoundary>
      <ShareButton slug="deir-ez-zor-recaptured" blockId="p-q8tn" kind="paragraph" text={TEXT} title="العنوان" />
    </HydrationBoundary>,
  );
  const link = new DOMParser().parseFromString(html, 'text/html').querySelector('a');
  // In the page: a tap before the app starts does not leave it.
  expect(link?.getAttribute('href')).toBe('#p-q8tn');
  expect(link?.getAttribute('aria-label')).toBe(`رابط الفقرة${OPENING}`);
  expect(link?.hasAttribute('role')).toBe(false);
});
