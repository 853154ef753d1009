/**
 * The site's font files are used only once this browser has them (decision 0016). A first visit
 * is set in the reader's own Naskh or the fallback, and never waits for or changes to our files:
 * once the page is idle they are fetched for the pages after it, which the boot script sets in
 * them from their first paint (`data-site-fonts`). A reader who has Noto Naskh Arabic, or who
 * asked the browser to save data, downloads nothing.
 */
import { whenLoadedAndIdle } from './idle.ts';
import { savesData } from './offline-worker.ts';

/** Stored once the site's files have been fetched here; read by the boot script. */
export const SITE_FONTS_KEY = 'sahifa:site-fonts';
/** On <html> when the site's files are in the font stack (src/styles/tokens.css). */
export const SITE_FONTS_ATTRIBUTE = 'data-site-fonts';

/** The reader's own Noto Naskh Arabic (local() only), and the site's subset files (scripts/lib/fonts.ts). */
export const INSTALLED_FAMILY = 'Noto Naskh Arabic installed';
export const SITE_FAMILY = 'Noto Naskh Arabic';

const familyOf = (face: FontFace) => face.family.replace(/["']/g, '');

/** Whether this browser has been found to have the site's files (storage may be blocked). */
export function hasSiteFonts(): boolean {
  try {
    return window.localStorage.getItem(SITE_FONTS_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * Fetches the site's faces and remembers that they are here. A deploy with new files fetches
 * those (the stored mark says only that files were fetched: a page that asks for a file not yet
 * here stays in the fallback, `font-display: optional`).
 */
async function fetchSiteFonts(): Promise<void> {
  const faces = [...document.fonts];
  await document.fonts.ready;
  // The reader's own copy drew the text: ours would never be used.
  if (faces.some((face) => familyOf(face) === INSTALLED_FAMILY && face.status === 'loaded')) return;
  await Promise.all(faces.filter((face) => familyOf(face) === SITE_FAMILY).map((face) => face.load()));
  try {
    window.localStorage.setItem(SITE_FONTS_KEY, '1');
  } catch {
    // Storage blocked: every page stays in the reader's own face.
  }
}

/** Fetches the site's faces once the page has loaded and gone idle; never when the reader saves data. */
export function fetchSiteFontsWhenIdle(): void {
  if (savesData()) return;
  whenLoadedAndIdle(() => void fetchSiteFonts().catch(() => undefined));
}
