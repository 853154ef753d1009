/**
 * The offline worker (src/sw/service-worker.ts), bundled, with the list of the shell's files
 * injected by Workbox. The shell is what every page needs and nothing that grows with the
 * archive: the code, the styles, the home page with its data, the not-found page and the icons
 * (docs/decisions/0017-offline-policy.md). Not the font files: a first visit never fetches
 * them (decision 0016); the worker keeps them once a later page has.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { injectManifest } from 'workbox-build';
import { TAB_ICON } from './lib/icons.ts';

export const SHELL_PATTERNS = ['assets/*.{js,css}', 'index.html', '404.html', 'data/list/1.json', TAB_ICON.file, '*.webmanifest'];

/** `bundle` is the worker's source bundled as one classic script (scripts/build.ts). */
export async function buildServiceWorker(dist: string, bundle: string): Promise<{ count: number; size: number }> {
  const source = join(dist, 'sw.src.js');
  writeFileSync(source, bundle);
  const { count, size, warnings } = await injectManifest({
    swSrc: source,
    swDest: join(dist, 'sw.js'),
    globDirectory: dist,
    globPatterns: SHELL_PATTERNS,
    globIgnores: ['sw.js', 'sw.src.js'],
    // Named by their content (Vite): fetched as they are, so that the worker's install takes the
    // code the page has just loaded from the browser's cache instead of downloading it again
    // (with a revision in the query, every first visit fetched the app's 92 KB of code twice).
    dontCacheBustURLsMatching: /^assets\//,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  rmSync(source);
  return { count, size };
}
