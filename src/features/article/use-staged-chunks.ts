import { startTransition, useEffect, useState } from 'react';
import { advanceStage, isApplied, isSettled, settledStage, startStage, type Stage } from './lib/staged-chunks.ts';

export type StagedChunks = {
  /** Whether the group at `index` shows the current view (the others wait, collapsed). */
  readonly isApplied: (index: number) => boolean;
  /** Some groups still wait for the current view. */
  readonly busy: boolean;
};

/**
 * Applies a new `version` of what the blocks show group by group: the group `findAnchor` names
 * (where the reader is) in this render, one more in each task after, as a transition (a new tap
 * interrupts it). `findAnchor` reads the page as it is before the change.
 */
export function useStagedChunks(version: unknown, count: number, findAnchor: () => number): StagedChunks {
  const [stored, setStage] = useState<Stage<unknown>>(() => settledStage(version));
  let stage = stored;
  if (stored.version !== version) {
    // A new view: adjusting state while rendering (React then renders again before committing).
    stage = startStage(version, count, findAnchor());
    setStage(stage);
  }

  useEffect(() => {
    if (isSettled(stage)) return;
    const timer = setTimeout(() => {
      startTransition(() => setStage((current) => (current.version === stage.version ? advanceStage(current) : current)));
    });
    return () => clearTimeout(timer);
  }, [stage]);

  return { isApplied: (index) => isApplied(stage, index), busy: !isSettled(stage) };
}

/**
 * The group the reader is at: the one holding focus, else the first one reaching into the
 * viewport (or below it), else the first.
 */
export function findAnchorChunk(container: HTMLElement | null): number {
  if (!container) return 0;
  const groups = Array.from(container.children);
  const focused = document.activeElement;
  const holding = focused ? groups.findIndex((group) => group.contains(focused)) : -1;
  if (holding >= 0) return holding;
  const inView = groups.findIndex((group) => group.getBoundingClientRect().bottom > 0);
  return Math.max(inView, 0);
}
