/**
 * A tap on one of the app's buttons after the page has painted but before the app has started
 * would do nothing: the prerendered button has no handler yet. The boot script (src/boot/boot.ts)
 * keeps the last such button until hydration begins; from then on React handles taps itself,
 * replaying those that come during hydration. Each part with buttons clicks the kept one, if it
 * is its own, once it has mounted (issue #22).
 */
import { useEffect, type RefObject } from 'react';

export type EarlyTap = {
  /** Stops keeping taps (hydration begins). */
  readonly stop: () => void;
  /** The kept button if it is inside `container` (then it is no longer kept). */
  readonly take: (container: Element) => HTMLElement | null;
};

declare global {
  interface Window {
    /** Set by the boot script. */
    sahifaEarlyTap?: EarlyTap;
  }
}

/** Clicks, once mounted, the button of `container` that was tapped before the app started. */
export function useEarlyTap(container: RefObject<Element | null>): void {
  useEffect(() => {
    const element = container.current;
    if (element) window.sahifaEarlyTap?.take(element)?.click();
  }, [container]);
}
