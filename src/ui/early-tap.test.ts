// @vitest-environment jsdom
import { afterEach, expect, test, vi } from 'vitest';
import { holdEarlyTap, replayEarlyTap } from './early-tap.ts';

afterEach(() => {
  delete window.sahifaEarlyTap;
  vi.useRealTimers();
});

/** A button as React leaves it once hydrated (its props kept on the element). */
function hydratedButton(onClick: () => void): HTMLButtonElement {
  const button = document.body.appendChild(document.createElement('button'));
  Object.assign(button, { __reactProps$test: {} });
  button.addEventListener('click', onClick);
  return button;
}

test('the button tapped before the app started is clicked once, after hydration', () => {
  const onClick = vi.fn();
  const button = hydratedButton(onClick);
  window.sahifaEarlyTap = () => button;
  holdEarlyTap();
  expect(onClick).not.toHaveBeenCalled();
  replayEarlyTap();
  replayEarlyTap();
  expect(onClick).toHaveBeenCalledTimes(1);
});

test('a button in a part whose code comes later is clicked once that part has hydrated', () => {
  vi.useFakeTimers();
  const onClick = vi.fn();
  const button = document.body.appendChild(document.createElement('button'));
  button.addEventListener('click', onClick);
  window.sahifaEarlyTap = () => button;
  holdEarlyTap();
  replayEarlyTap();
  vi.advanceTimersByTime(300);
  expect(onClick).not.toHaveBeenCalled();
  Object.assign(button, { __reactProps$test: {} });
  vi.advanceTimersByTime(100);
  expect(onClick).toHaveBeenCalledTimes(1);
});

test('without the boot script, without an early tap, or with the button gone, nothing happens', () => {
  holdEarlyTap();
  expect(() => replayEarlyTap()).not.toThrow();
  window.sahifaEarlyTap = () => null;
  holdEarlyTap();
  expect(() => replayEarlyTap()).not.toThrow();
  const onClick = vi.fn();
  const gone = hydratedButton(onClick);
  gone.remove();
  window.sahifaEarlyTap = () => gone;
  holdEarlyTap();
  replayEarlyTap();
  expect(onClick).not.toHaveBeenCalled();
});
