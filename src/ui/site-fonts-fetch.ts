/**
 * Fetching the site's font files for the pages after this one (src/ui/site-fonts.ts, decision
 * 0016): a chunk of its own, loaded once the page is idle.
 */
import { KEEP_FONTS_MESSAGE } from '../lib/offline-policy.ts';
import { INSTALLED_FAMILY, SITE_FAMILY, writeMark } from './site-fonts.ts';

/** A family name as CSS may quote it, unquoted. */
const unquoted = (family: string) => family.replace(/["']/g, '');

/**
 * Fetches the site's faces and remembers that they are here. A deploy with new files fetches
 * those (the stored mark says only that files were fetched: a page that asks for a file not yet
 * here stays in the fallback, `font-display: optional`).
 */
export async function fetchSiteFonts(): Promise<void> {
  const faces = [...document.fonts];
  await document.fonts.ready;
  // The reader's own copy drew the text: ours would never be used.
  if (faces.some((face) => unquoted(face.family) === INSTALLED_FAMILY && face.status === 'loaded')) return;
  const worker = navigator.serviceWorker?.controller;
  const ours = faces.filter((face) => unquoted(face.family) === SITE_FAMILY);
  const fetched = worker ? await keptByWorker(worker, siteFontPaths()) : await Promise.all(ours.map((face) => face.load())).then(() => true);
  if (fetched) writeMark('1');
}

/** The paths of the site's font files, as the page's stylesheet declares them. */
function siteFontPaths(): string[] {
  const paths: string[] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      // Another origin's sheet (an extension's): not ours.
      continue;
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSFontFaceRule) || unquoted(rule.style.getPropertyValue('font-family')) !== SITE_FAMILY) continue;
      const url = /url\(["']?([^"')]+)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (url) paths.push(new URL(url, sheet.href ?? document.baseURI).pathname);
    }
  }
  return paths;
}

/** Asks the offline worker to fetch and keep the files (src/sw/service-worker.ts): whether it could. */
function keptByWorker(worker: ServiceWorker, paths: readonly string[]): Promise<boolean> {
  if (paths.length === 0) return Promise.resolve(false);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    // A worker of an earlier deploy does not know the message: no answer is "not kept" (the next
    // page asks again).
    const unanswered = setTimeout(() => {
      channel.port1.close();
      resolve(false);
    }, 30_000);
    channel.port1.onmessage = (event) => {
      clearTimeout(unanswered);
      resolve(event.data === true);
    };
    worker.postMessage({ type: KEEP_FONTS_MESSAGE, paths }, [channel.port2]);
  });
}
