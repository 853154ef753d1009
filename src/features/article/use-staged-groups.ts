import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';
import { useHydrated } from '../../ui/use-hydrated.tsx';
import { advance, isWaiting, restage, settled, type Staging } from './lib/staged-groups.ts';

/**
 * Which group is at the top of the reader's screen, as an IntersectionObserver reports it: read
 * when a new view starts, never measured during render.
 */
class FirstInView {
  private readonly inView = new Set<number>();
  private observer: IntersectionObserver | null = null;

  observe(container: HTMLElement | null): () => void {
    this.inView.clear();
    if (!container || typeof IntersectionObserver !== 'function') return () => {};
    const observer = new IntersectionObserver((entries) => {
      // A disconnected observer may still deliver the entries it had queued: not this page's.
      if (observer !== this.observer) return;
      for (const entry of entries) {
        const group = Number(entry.target.getAttribute('data-group'));
        if (entry.isIntersecting) this.inView.add(group);
        else this.inView.delete(group);
      }
    });
    this.observer = observer;
    for (const group of container.querySelectorAll('[data-group]')) observer.observe(group);
    return () => {
      observer.disconnect();
      if (this.observer === observer) this.observer = null;
    };
  }

  get first(): number {
    return this.inView.size === 0 ? 0 : Math.min(...this.inView);
  }
}

export type StagedGroups = {
  /** Whether the group still shows the view before the current one (it is not rendered meanwhile). */
  readonly isWaiting: (group: number) => boolean;
  readonly busy: boolean;
  /** For the element holding the groups (data-group attributes): they are observed to know where the reader is. */
  readonly track: RefObject<HTMLDivElement | null>;
};

/**
 * Shows a new `view` (compared by identity) in the group the reader is at within this render,
 * and in one more group in each task after, as a transition (a new tap interrupts it).
 */
export function useStagedGroups<V>(view: V, groups: readonly unknown[]): StagedGroups {
  const count = groups.length;
  const [tracker] = useState(() => new FirstInView());
  // A ref, not state: a ref callback's state update made React render the article again, at
  // once, in the commit that ends hydration.
  const track = useRef<HTMLDivElement>(null);
  const [stored, setStored] = useState<Staging<V>>(() => settled(view));
  // The view the page opens with (a `?tag=` link's, applied once the app is live) reaches every
  // group at once: its text waits unseen until then (tag-url.ts), and a group shown later
  // would move what is already on the screen.
  const hydrated = useHydrated();
  const [wasHydrated, setWasHydrated] = useState(hydrated);
  if (wasHydrated !== hydrated) setWasHydrated(hydrated);
  let staging = stored;
  if (stored.view !== view) {
    // A new view: adjusting state while rendering (React renders again before committing).
    staging = count > 1 && wasHydrated ? restage(view, count, tracker.first) : settled(view);
    setStored(staging);
  }
  // Again for other groups (another article's, or another number of them).
  useEffect(() => tracker.observe(track.current), [tracker, groups]);
  useEffect(() => {
    if (staging.waiting.length === 0) return;
    const timer = setTimeout(() => startTransition(() => setStored((current) => (current.view === staging.view ? advance(current) : current))));
    return () => clearTimeout(timer);
  }, [staging]);
  return { isWaiting: (group) => isWaiting(staging, group), busy: staging.waiting.length > 0, track };
}
