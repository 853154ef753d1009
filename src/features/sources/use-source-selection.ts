import { useCallback, useMemo, useState } from 'react';
import { prefersReducedMotion } from '../../ui/use-media-query.ts';
import type { SourceModel } from './lib/source-model.ts';

export type SourceSelection = {
  /** The source the reader chose in the sidebar (its places are highlighted). */
  readonly selectedId: string | null;
  /** Which of the selected source's places the reader is at. */
  readonly cursor: number;
  /** The source whose span the reader is pointing at or focusing in the text. */
  readonly pointedId: string | null;
  readonly select: (sourceId: string, cursor?: number) => void;
  readonly point: (sourceId: string | null) => void;
};

/** Brings a place of the article into view and gives it focus, below the sticky header. */
export function goToElement(elementId: string): void {
  const element = document.getElementById(elementId);
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  element.focus({ preventScroll: true });
}

export function useSourceSelection(model: SourceModel): SourceSelection {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [cursor, setCursor] = useState(0);
  const [pointedId, setPointedId] = useState<string | null>(null);

  const select = useCallback(
    (sourceId: string, at = 0) => {
      const entry = model.entries.find((candidate) => candidate.source.id === sourceId);
      const count = entry?.places.length ?? 0;
      const index = count === 0 ? 0 : ((at % count) + count) % count;
      setSelectedId(sourceId);
      setCursor(index);
      const place = entry?.places[index];
      // After the state change has painted (and a closing drawer has returned focus), move there.
      if (place) requestAnimationFrame(() => goToElement(place.elementId));
    },
    [model],
  );

  // Stable between selection changes: a hashtag filter must not re-render the sidebar.
  return useMemo(() => ({ selectedId, cursor, pointedId, select, point: setPointedId }), [selectedId, cursor, pointedId, select]);
}
