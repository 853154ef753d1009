/**
 * Registers the offline worker (/sw.js, src/sw/service-worker.ts). On a first visit it is
 * registered once the page has loaded and gone idle, so that its install (the shell: code,
 * styles, the home page) never competes with the page; a reader who asked the browser to save
 * data (`Save-Data`, navigator.connection.saveData) gets no background download at all, unless
 * they save an article for offline reading, which registers it on purpose. Once the worker is
 * active the page links its web app manifest: the site is offered for install when it works
 * offline.
 */
import { whenIdle, whenLoadedAndIdle } from './idle.ts';

type ConnectionInfo = { readonly saveData?: boolean };

function connectionOf(value: Navigator): ConnectionInfo | undefined {
  const connection: unknown = Reflect.get(value, 'connection');
  return typeof connection === 'object' && connection !== null ? { saveData: Reflect.get(connection, 'saveData') === true } : undefined;
}

/** Whether this browser can keep pages offline at all. */
export function canWorkOffline(): boolean {
  return typeof window !== 'undefined' && 'serviceWorker' in navigator && 'caches' in window && window.isSecureContext;
}

/** Whether the reader asked to save data. */
export function savesData(): boolean {
  return connectionOf(navigator)?.saveData === true;
}

/**
 * Not in the pages' HTML: a browser fetches a linked manifest, and then its icon, at `load`,
 * which on a small page comes before the first paint, and Lighthouse counted both on the text's
 * path (seed article's LCP 911 ms with the link in the HTML, 790 ms without, median of 5;
 * decision 0017).
 */
function linkManifest(): void {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = '/manifest.webmanifest';
  document.head.append(link);
}

let registration: Promise<ServiceWorkerRegistration> | null = null;

/** Registers the worker now (once) and resolves when it is active; the page then links its manifest. */
export function registerOfflineWorker(): Promise<ServiceWorkerRegistration> {
  registration ??= navigator.serviceWorker
    .register('/sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then((ready) => {
      linkManifest();
      return ready;
    })
    .catch((error: unknown) => {
      // Not kept: the next save tries again.
      registration = null;
      throw error;
    });
  return registration;
}

/**
 * The first visit's registration: after load and idle, and never when the reader saves data
 * (where a worker already controls the page, the reader saved an article: its manifest is linked).
 */
export function registerWhenIdle(): void {
  if (!canWorkOffline()) return;
  // Under Save-Data a worker exists only once the reader saved an article: then it works offline.
  if (savesData()) {
    if (navigator.serviceWorker.controller) linkManifest();
    return;
  }
  whenLoadedAndIdle(() => void registerOfflineWorker().catch(() => undefined));
}

/**
 * A page reached by a link inside the app came as data only: once the browser is idle, its HTML
 * is fetched too, through the offline worker, so that the page reopens offline as it was read.
 * Only where a worker is in charge (never under Save-Data, where there is none).
 */
export function keepPageOffline(path: string): void {
  if (!canWorkOffline() || !navigator.serviceWorker.controller) return;
  whenIdle(() => void fetch(path, { credentials: 'same-origin' }).catch(() => undefined), 10_000, 1000);
}
