/**
 * Offline reading (issue #8): a Workbox service worker that precaches every built page, script,
 * style and font, so an article opens with the network off after one visit. Update policy:
 * auto-update (skipWaiting + clientsClaim); a page already open keeps the files it loaded, and
 * the next page load gets the new build (docs/decisions/0004-offline-updates.md).
 */
import { join } from 'node:path';
import { generateSW, type ManifestTransform } from 'workbox-build';

/** 'articles/x/index.html' → 'articles/x': precache under the URL readers actually open. */
export function toPageUrl(url: string): string {
  const match = /^(.+)\/index\.html$/.exec(url);
  return match?.[1] ?? url;
}

const pageUrls: ManifestTransform = (entries) => ({
  manifest: entries.map((entry) => ({ ...entry, url: toPageUrl(entry.url) })),
  warnings: [],
});

export async function buildServiceWorker(dist: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['**/*.{html,js,css,json,woff2,svg,txt,webmanifest}'],
    // Share pages only send their reader on to the article: they are for previews, not for reading.
    globIgnores: ['sw.js', 'workbox-*.js', '**/*.br', '**/*.gz', '.vite/**', 'articles/*/p/**'],
    swDest: join(dist, 'sw.js'),
    manifestTransforms: [pageUrls],
    // `?tag=` filters are the same page: serve it from the precache too.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    runtimeCaching: [
      {
        // Pages not in the precache (an article published after this build): the network,
        // and when that fails, the not-found page rather than the browser's error.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { count, size };
}
