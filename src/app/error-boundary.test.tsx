// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary.tsx';

let broken = true;
function Fragile() {
  if (broken) throw new Error('boom');
  return <p>تعافت الصفحة</p>;
}

test('a rendering error shows a recoverable Arabic error view with a way home', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <ErrorBoundary resetKey="/a">
      <Fragile />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('heading', { name: 'تعذّر عرض هذه الصفحة' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' })).toHaveAttribute('href', '/');
  broken = false;
  await userEvent.click(screen.getByRole('button', { name: 'المحاولة مرة أخرى' }));
  expect(screen.getByText('تعافت الصفحة')).toBeInTheDocument();
});
