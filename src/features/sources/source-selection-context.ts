import { createContext, useContext } from 'react';
import type { SourceSelection } from './use-source-selection.ts';

/**
 * The current source selection, for the quoted spans in the text: a context, so that pointing at
 * a source re-renders the spans that show it and not every paragraph of a long article.
 */
export const SourceSelectionContext = createContext<SourceSelection | null>(null);

export function useSourceSelectionContext(): SourceSelection | null {
  return useContext(SourceSelectionContext);
}
