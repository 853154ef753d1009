/**
 * Where the reader was on each page of the tab's history, by history entry (React Router's
 * location key), for Back and Forward to a page that has to wait for its data (app-router.tsx):
 * the browser's own restoration has by then been spent on the page left. Kept in memory, and in
 * the tab's session storage when the page is hidden, so that it outlives a reload or a phone
 * discarding the tab; read from storage only when needed (a synchronous read of the browser's).
 */
const KEY = 'sahifa:scroll';

let places: Record<string, unknown> | undefined;

function all(): Record<string, unknown> {
  if (!places) {
    try {
      places = { ...JSON.parse(sessionStorage.getItem(KEY) ?? '{}') };
    } catch {
      // Storage refused or spoiled: a Back then opens the page at its top.
    }
    places ??= {};
    addEventListener('pagehide', () => {
      try {
        sessionStorage.setItem(KEY, JSON.stringify(places));
      } catch {
        // Full or refused: kept for this page only.
      }
    });
  }
  return places;
}

export function rememberScroll(entry: string, y: number): void {
  all()[entry] = y;
}

export function rememberedScroll(entry: string): number | undefined {
  const y = all()[entry];
  return typeof y === 'number' ? y : undefined;
}
