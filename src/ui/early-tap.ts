/**
 * A tap on a button (the reader settings, a source's claims) before the app has started would be
 * lost: the prerendered button has no handler yet. src/boot.js keeps the last such button; the
 * entry takes it as hydration begins (from then on React handles taps itself) and the page
 * clicks it again once the button is hydrated: at once for the page's own buttons, after its
 * code has arrived for a part that loads later (the sources), within a few seconds or never.
 */
declare global {
  interface Window {
    /** Set by src/boot.js: stops keeping taps and gives the button of the last one, if any. */
    sahifaEarlyTap?: () => HTMLElement | null;
  }
}

let held: HTMLElement | null = null;

/** Call as hydration begins. */
export function holdEarlyTap(): void {
  held = window.sahifaEarlyTap?.() ?? null;
}

/** Whether React has taken over this element (it keeps the element's props on it once hydrated). */
function isHydrated(element: HTMLElement): boolean {
  return Object.keys(element).some((key) => key.startsWith('__reactProps$'));
}

/** Call once the page has hydrated. */
export function replayEarlyTap(attemptsLeft = 40): void {
  const button = held;
  if (!button?.isConnected) {
    held = null;
    return;
  }
  if (isHydrated(button)) {
    held = null;
    button.click();
  } else if (attemptsLeft > 0) {
    setTimeout(() => replayEarlyTap(attemptsLeft - 1), 100);
  } else {
    held = null;
  }
}
