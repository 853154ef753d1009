import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// jsdom lays nothing out, so it has no scrolling: a component that scrolls an element into
// sight (the tag row, on focus) does nothing here, as on a page with nothing to scroll.
if (typeof Element !== 'undefined' && typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = () => {};
}

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
