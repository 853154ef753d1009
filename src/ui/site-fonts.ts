/**
 * The site's font files are used only once this browser has them (decision 0016). A page is set
 * in the reader's own Naskh or the fallback until then, and never waits for or changes to our
 * files. A first visit fetches none: most readers open one shared link, and the files are a
 * quarter of what that visit would cost. From the next page on they are fetched once the page
 * is idle, for the pages after it, which the boot script sets in them from their first paint
 * (`data-site-fonts`). A reader who has Noto Naskh Arabic, or who asked the browser to save
 * data, downloads nothing.
 */
import { whenLoadedAndIdle } from './idle.ts';
import { savesData } from './offline-worker.ts';

/**
 * Stored once a first page has been read here (`due`), then once the site's files have been
 * fetched (any other value; `1`); the boot script reads it.
 */
export const SITE_FONTS_KEY = 'sahifa:site-fonts';
const DUE = 'due';
/** On <html> when the site's files are in the font stack (src/styles/tokens.css). */
export const SITE_FONTS_ATTRIBUTE = 'data-site-fonts';

/** The reader's own Noto Naskh Arabic (local() only), and the site's subset files (scripts/lib/fonts.ts). */
export const INSTALLED_FAMILY = 'Noto Naskh Arabic installed';
export const SITE_FAMILY = 'Noto Naskh Arabic';


export function readMark(): string | null {
  try {
    return window.localStorage.getItem(SITE_FONTS_KEY);
  } catch {
    // Storage blocked: as on a first visit, every time; nothing is fetched.
    return null;
  }
}

export function writeMark(value: string): void {
  try {
    window.localStorage.setItem(SITE_FONTS_KEY, value);
  } catch {
    // Storage blocked: every page stays in the reader's own face.
  }
}

/** Whether this browser has been found to have the site's files. */
export function hasSiteFonts(): boolean {
  const mark = readMark();
  return mark !== null && mark !== DUE;
}

/**
 * Once the page has loaded and gone idle: on a first visit, notes that one page has been read;
 * on a later one, fetches the site's faces. Never when the reader saves data.
 */
export function fetchSiteFontsWhenIdle(): void {
  if (savesData()) return;
  whenLoadedAndIdle(() => {
    if (readMark() === null) writeMark(DUE);
    // Its code comes then too: no page needs it to be read.
    else void import('./site-fonts-fetch.ts').then(({ fetchSiteFonts }) => fetchSiteFonts()).catch(() => undefined);
  });
}
