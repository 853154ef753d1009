import { useCallback, useMemo, useState } from 'react';
import { prefersReducedMotion } from '../../ui/use-media-query.ts';
import type { ClaimPlace, SourceModel } from './lib/source-model.ts';

/** Where the reader was before going to a source's claims: the way back. */
type ReadingPosition = { readonly scrollY: number; readonly elementId: string | null };

export type SourceSelection = {
  /** The source whose claims the reader is going through (its places are highlighted). */
  readonly selectedId: string | null;
  /** Which of the selected source's places the reader is at. */
  readonly cursor: number;
  /**
   * That place (its element is marked in the text, its block shown even where a hashtag filter
   * would hide it), and how many the source has.
   */
  readonly current: ClaimPlace | null;
  readonly placeCount: number;
  /** How many times a source was chosen (not stepped through): the claims bar takes focus each time. */
  readonly chosen: number;
  /** The source whose span the reader is pointing at or focusing in the text. */
  readonly pointedId: string | null;
  /** The source opened from a claim in the text (its entry is highlighted). */
  readonly revealedId: string | null;
  /** Chooses a source: its first claim. */
  readonly select: (sourceId: string) => void;
  /** The next (1) or previous (-1) claim of the chosen source, round. */
  readonly step: (delta: 1 | -1) => void;
  readonly point: (sourceId: string | null) => void;
  readonly reveal: (sourceId: string | null) => void;
  /** Ends the claims, back where the reader was reading before the first of them. */
  readonly returnToReading: () => void;
  readonly clear: () => void;
};

/**
 * Brings a place of the article into view. Focus stays where the reader is (the stepper, the
 * claims bar): the next press goes on from there, and the place's words are announced
 * (SourcesPanel), as a find bar does.
 */
function bringIntoView(elementId: string): void {
  document.getElementById(elementId)?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}

/** The block the reader is at: the first whose top is on the screen, else the first still showing. */
function blockInSight(): HTMLElement | null {
  const shown = [...document.querySelectorAll<HTMLElement>('main [data-block]')].filter((block) => block.getClientRects().length > 0);
  const top = (block: HTMLElement) => block.getBoundingClientRect().top;
  return shown.find((block) => top(block) >= 0 && top(block) < window.innerHeight) ?? shown.find((block) => block.getBoundingClientRect().bottom > 0) ?? null;
}

/** Where the reader is: what they had focused in the text, else the block at the top of the screen. */
function readingPosition(): ReadingPosition {
  const focused = document.activeElement;
  const block = (focused instanceof HTMLElement ? focused.closest('[data-block], [id^="cite-"]') : null) ?? blockInSight();
  return { scrollY: window.scrollY, elementId: block instanceof HTMLElement && block.id ? block.id : null };
}

export function useSourceSelection(model: SourceModel): SourceSelection {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [cursor, setCursor] = useState(0);
  const [pointedId, setPointedId] = useState<string | null>(null);
  const [revealedId, setRevealedId] = useState<string | null>(null);
  const [origin, setOrigin] = useState<ReadingPosition | null>(null);
  const [chosen, setChosen] = useState(0);

  const goTo = useCallback(
    (sourceId: string, at: number) => {
      const entry = model.entries.find((candidate) => candidate.source.id === sourceId);
      const count = entry?.places.length ?? 0;
      const index = count === 0 ? 0 : ((at % count) + count) % count;
      // The way back is where the reader was before the first claim, not before the last.
      setOrigin((current) => current ?? readingPosition());
      setSelectedId(sourceId);
      setCursor(index);
      const place = entry?.places[index];
      // After the state change has painted (a closing drawer's page can scroll again, a filter
      // has shown the place's block).
      if (place) requestAnimationFrame(() => bringIntoView(place.elementId));
    },
    [model],
  );
  const select = useCallback(
    (sourceId: string) => {
      setChosen((count) => count + 1);
      goTo(sourceId, 0);
    },
    [goTo],
  );
  const step = useCallback((delta: 1 | -1) => selectedId !== null && goTo(selectedId, cursor + delta), [goTo, selectedId, cursor]);

  const clear = useCallback(() => {
    setSelectedId(null);
    setOrigin(null);
  }, []);

  const returnToReading = useCallback(() => {
    const back = origin;
    clear();
    if (!back) return;
    requestAnimationFrame(() => {
      window.scrollTo({ top: back.scrollY, behavior: 'auto' });
      // Focus goes back too (the control that had it may be gone with the bar): to what the
      // reader had focused, else to the first block in sight, so Tab goes on from the reading.
      const target = (back.elementId ? document.getElementById(back.elementId) : null) ?? blockInSight();
      target?.focus({ preventScroll: true });
    });
  }, [origin, clear]);

  // Opening a source from a claim in the text: the way back is to that claim.
  const reveal = useCallback((sourceId: string | null) => {
    if (sourceId !== null) setOrigin((current) => current ?? readingPosition());
    setRevealedId(sourceId);
  }, []);

  // Stable between selection changes: a hashtag filter must not re-render the sidebar.
  return useMemo(() => {
    const places = model.entries.find((entry) => entry.source.id === selectedId)?.places ?? [];
    return {
      selectedId,
      cursor,
      current: places[cursor] ?? null,
      placeCount: places.length,
      chosen,
      pointedId,
      revealedId,
      select,
      step,
      point: setPointedId,
      reveal,
      returnToReading,
      clear,
    };
  }, [model, selectedId, cursor, chosen, pointedId, revealedId, select, step, reveal, returnToReading, clear]);
}
