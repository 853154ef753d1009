/**
 * Vite wraps every dynamic import of a browser build in its preload helper
 * (`__vitePreload(() => import(…), deps)`), which adds `<link rel=modulepreload>` or a stylesheet
 * for each of the chunk's dependencies, and ships the helper (about 0.6 KB gzip) in the entry. With
 * `modulePreload: false` and one stylesheet (`cssCodeSplit: false`, vite.config.ts) the list is
 * always empty and the helper only calls the import: this gives it that body and nothing else.
 * A dependency list that is not empty would be a change of those settings: the build stops.
 */
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

export function noPreloadHelperPlugin(): Plugin {
  return {
    name: 'sahifa:no-preload-helper',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id !== HELPER) return null;
      return [
        'export function __vitePreload(load, deps) {',
        "  if (deps && deps.length > 0) throw new Error('a chunk with dependencies to preload: see scripts/vite/no-preload-helper.ts');",
        '  return load();',
        '}',
      ].join('\n');
    },
  };
}
