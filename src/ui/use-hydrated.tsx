import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';

// Outside a boundary (a component rendered on its own, in tests) the browser is all there is.
const HydratedContext = createContext(true);

/**
 * Turns on what lives only in the browser (the URL's query, the share sheet) once the
 * prerendered page has hydrated; while prerendering it stays off (effects do not run there).
 * The switch is a transition: React renders it in short slices between the reader's input,
 * never as one long task (on a long article that pass touches every block). `<html
 * data-hydrated>` says the page is live (the browser tests wait for it).
 */
export function HydrationBoundary({ children }: { children: ReactNode }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    startTransition(() => setHydrated(true));
  }, []);
  useEffect(() => {
    if (hydrated) document.documentElement.setAttribute('data-hydrated', '');
  }, [hydrated]);
  return <HydratedContext value={hydrated}>{children}</HydratedContext>;
}

/**
 * False while prerendering and during hydration, true after: state that lives only in the
 * browser is applied after hydration, so the first client render matches the static HTML exactly.
 */
export function useHydrated(): boolean {
  return useContext(HydratedContext);
}
