/**
 * The offline worker (docs/decisions/0017-offline-policy.md), built by scripts/service-worker.ts
 * with Workbox: the shell is precached (its list is injected at `self.__WB_MANIFEST`); the pages
 * and data a reader opens are kept in a bounded cache, network first; the font files, which a
 * first visit never fetches (decision 0016), once a page has; an article the reader
 * saved is read from its own cache when the network fails; anything else offline is the
 * not-found page, which then says the reader is offline. It never fetches a page nobody opened.
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { FONT_CACHE, FONT_CACHE_ENTRIES, KEEP_FONTS_MESSAGE, READ_CACHE, READ_CACHE_ENTRIES, READ_CACHE_SECONDS, SAVED_CACHE, isFontFile, isKeptPath, offlineFilesAt, unansweredPage, withoutQuery } from '../lib/offline-policy.ts';
import { appText, offlineText } from '../lib/ui-text.ts';

type ExtendableEventLike = Event & { waitUntil(promise: Promise<unknown>): void };

// The worker's global, as far as this file uses it (the DOM library types the page's window).
declare const self: {
  readonly __WB_MANIFEST: (string | PrecacheEntry)[];
  readonly location: { readonly origin: string };
  readonly clients: { matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly { readonly url: string }[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableEventLike & { readonly data: unknown; readonly ports: readonly MessagePort[] }) => void): void;
};

precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' });
cleanupOutdatedCaches();

const reading = new NetworkFirst({
  cacheName: READ_CACHE,
  plugins: [
    { cacheKeyWillBeUsed: async ({ request }) => withoutQuery(request.url) },
    new ExpirationPlugin({ maxEntries: READ_CACHE_ENTRIES, maxAgeSeconds: READ_CACHE_SECONDS, purgeOnQuotaError: true }),
  ],
});

registerRoute(
  // Navigations, page data, and a page's HTML fetched to keep it (src/ui/offline-worker.ts).
  ({ request, url }) => url.origin === self.location.origin && (request.mode === 'navigate' || isKeptPath(url.pathname)),
  async ({ request, event }) => {
    try {
      return await reading.handle({ request, event });
    } catch {
      const saved = await caches.match(withoutQuery(request.url), { cacheName: SAVED_CACHE });
      if (saved) return saved;
      const notFound = request.mode === 'navigate' ? await matchPrecache('404.html') : undefined;
      if (!notFound) return Response.error();
      // Said to be unanswered, and titled so: the page never reads «not found» before it says «offline».
      const html = unansweredPage(await notFound.text(), appText.tabTitle(offlineText.offlineTitle));
      return new Response(html, { status: notFound.status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    }
  },
);

// Hashed names: a file kept is never stale, and a deploy's new files push out the old ones.
const fonts = new CacheFirst({ cacheName: FONT_CACHE, plugins: [new ExpirationPlugin({ maxEntries: FONT_CACHE_ENTRIES, purgeOnQuotaError: true })] });
registerRoute(({ url }) => url.origin === self.location.origin && isFontFile(url.pathname), fonts);

/**
 * A page asks for the font files once it is idle (src/ui/site-fonts.ts); the worker fetches and
 * keeps them and answers whether it could. Fetched here rather than by the page, so that a page
 * opened without a network (a server that does not answer is not `navigator.onLine === false`)
 * fails quietly: a font the page itself failed to load is an error in its console.
 */
self.addEventListener('message', (event) => {
  const { data, ports } = event;
  const [reply] = ports;
  if (typeof data !== 'object' || data === null || Reflect.get(data, 'type') !== KEEP_FONTS_MESSAGE || !reply) return;
  const paths: unknown = Reflect.get(data, 'paths');
  const files = Array.isArray(paths) ? paths.filter((path): path is string => typeof path === 'string' && isFontFile(path)) : [];
  // Only font files, and at least one: anything else is not kept, and the page is told so.
  const valid = Array.isArray(paths) && files.length > 0 && files.length === paths.length;
  const kept = valid
    ? Promise.all(files.map((path) => fonts.handle({ request: new Request(path), event }))).then(
        (responses) => responses.every((response) => response.ok),
        () => false,
      )
    : Promise.resolve(false);
  event.waitUntil(kept.then((ok) => reply.postMessage(ok)));
});

// Updates itself (docs/decisions/0004-offline-updates.md).
self.addEventListener('install', () => void self.skipWaiting());
clientsClaim();

/**
 * The page a reader has open when the worker starts was loaded before there was a worker: keep
 * it (its HTML and data, from the browser's HTTP cache where it can), so that it reopens
 * offline. Saved articles are fetched again for the new build's code, when the network allows.
 */
async function keepOpenPages(event: ExtendableEventLike): Promise<void> {
  // Uncontrolled too: the page that registered the worker is not yet claimed while this runs
  // (Firefox then lists no window, and the page read before the worker existed was not kept).
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const files = new Set(windows.flatMap((client) => offlineFilesAt(new URL(client.url).pathname)));
  await Promise.allSettled([...files].map((path) => reading.handle({ request: new Request(path), event })));
}

async function refreshSaved(): Promise<void> {
  const saved = await caches.open(SAVED_CACHE);
  const requests = await saved.keys();
  await Promise.allSettled(
    requests.map(async (request) => {
      const response = await fetch(request.url, { cache: 'no-cache' });
      if (response.ok) await saved.put(request, response);
    }),
  );
}

self.addEventListener('activate', (event) => event.waitUntil(Promise.allSettled([keepOpenPages(event), refreshSaved()])));
