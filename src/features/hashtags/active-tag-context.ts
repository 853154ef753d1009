import { createContext, useContext } from 'react';

/** Whether a written tag is the active filter; a context so a filter change re-renders only tags. */
export const ActiveTagContext = createContext<(tag: string) => boolean>(() => false);

export function useIsActiveTag(): (tag: string) => boolean {
  return useContext(ActiveTagContext);
}
