// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { loadSeed } from '../../../../tests/fixtures/articles.ts';
import { buildSourceModel } from '../lib/source-model.ts';
import { useSourceSelection } from '../use-source-selection.ts';
import { SourcesPanel } from './sources-panel.tsx';

const model = buildSourceModel(loadSeed());

beforeEach(() => {
  // jsdom has no layout: a desktop-width media query answer, and frames that run at once.
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener: () => {}, removeEventListener: () => {} }));
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    callback(0);
    return 0;
  });
});

function Harness() {
  const selection = useSourceSelection(model);
  return <SourcesPanel model={model} selection={selection} />;
}

test('the sidebar lists the seed sources with kind, affiliation date and claim counts', () => {
  render(<Harness />);
  const aside = screen.getByRole('complementary', { name: 'المصادر' });
  const items = within(aside).getAllByRole('listitem');
  expect(items).toHaveLength(6);
  expect(items[0]).toHaveTextContent('وكالة أنباء رسمية حكومية');
  // The date the descriptions hold for is said once for all, not in every entry.
  expect(aside).toHaveTextContent('أوصاف المصادر كما كانت في ٣ نوفمبر ٢٠١٧.');
  expect(items[0]).not.toHaveTextContent('كما كان الحال');
  expect(items[0]).toHaveTextContent('ادعاءان');
  expect(within(items[0]!).getByRole('link', { name: 'موقع المصدر sana.sy' })).toHaveAttribute('href', 'https://sana.sy/');
  // «مصادر عسكرية»: one badge, in words true of several sources.
  expect(items[1]).toHaveTextContent('من المصادر العسكرية غير المسمّاة');
  expect(items[1]).not.toHaveTextContent(/مصدر عسكري|لم يُذكر اسمه(?!ا)/);
  expect(items[4]).toHaveTextContent('ادعاء واحد');
  // The tweet authors are known by their accounts too.
  expect(items[4]).toHaveTextContent('@Reema_Rashid11');
  expect(items[5]).toHaveTextContent('@Almelden2017');
});

test('choosing a source presses its button and offers next/previous when it has several places', async () => {
  const user = userEvent.setup();
  render(<Harness />);
  const button = screen.getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' });
  await user.click(button);
  expect(button).toHaveAttribute('aria-pressed', 'true');
  expect(screen.getByText('الموضع ١ من ٢')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'الموضع التالي' }));
  expect(screen.getByText('الموضع ٢ من ٢')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'الموضع التالي' }));
  expect(screen.getByText('الموضع ١ من ٢')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'العودة إلى موضع القراءة' }));
  expect(button).toHaveAttribute('aria-pressed', 'false');
});
