/**
 * The test fixture every browser test uses: it records console errors, page errors and any
 * request that leaves the site's origin, and fails the test if there were any.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export const SEED_SLUG = 'deir-ez-zor-recaptured';
export const SEED_PATH = `/articles/${SEED_SLUG}`;

export type Watch = {
  consoleErrors: string[];
  pageErrors: string[];
  offOrigin: string[];
  /** Console errors that a test expects (the 404 status of a not-found page). */
  allowConsole: (pattern: RegExp) => void;
};

export type Options = {
  /** A context of its own for each test (the deploy and dev projects), instead of the worker's. */
  freshContext: boolean;
};

/**
 * The tests of a worker share one browser context, so that its HTTP cache and compiled scripts
 * stay warm (a cold page load is most of a short test's time on a 2-core machine). Between tests
 * it is reset: storage of the site's origin, permissions, routes, the offline switch. Tests that
 * need other context options (no JavaScript, a service worker, a colour scheme) open their own.
 */
export const test = base.extend<{ watch: Watch } & Options, { sharedContext: BrowserContext }>({
  freshContext: [false, { option: true }],
  sharedContext: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ sharedContext, freshContext, browser, baseURL }, provide) => {
    if (freshContext) {
      const context = await browser.newContext();
      await provide(context);
      await context.close();
      return;
    }
    const page = sharedContext.pages()[0] ?? (await sharedContext.newPage());
    const cdp = await sharedContext.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(baseURL ?? 'http://localhost').origin,
      storageTypes: 'local_storage,session_storage,indexeddb,cache_storage,service_workers,cookies',
    });
    await cdp.detach();
    await provide(sharedContext);
    await sharedContext.clearPermissions();
    await sharedContext.setOffline(false);
    await sharedContext.unrouteAll({ behavior: 'ignoreErrors' });
  },
  page: async ({ context }, provide) => {
    const page = await context.newPage();
    await provide(page);
    await page.close();
  },

  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      // The harness's own note where a project blocks service workers.
      const allowed: RegExp[] = [/^Service Worker registration blocked by Playwright$/];
      const watch: Watch = {
        consoleErrors: [],
        pageErrors: [],
        offOrigin: [],
        allowConsole: (pattern) => allowed.push(pattern),
      };
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          const text = message.text();
          if (!allowed.some((pattern) => pattern.test(text))) watch.consoleErrors.push(`${message.type()}: ${text}`);
        }
      });
      page.on('pageerror', (error) => watch.pageErrors.push(error.message));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) watch.offOrigin.push(url);
      });
      await use(watch);
      expect(watch.pageErrors, 'uncaught errors in the page').toEqual([]);
      expect(watch.consoleErrors, 'console errors or warnings').toEqual([]);
      expect(watch.offOrigin, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The article's paragraphs as the reader sees them, in order. */
export function paragraphs(page: Page) {
  return page.locator('main article [data-block="paragraph"]');
}

/**
 * Opens a page and waits until the app has hydrated it (`<html data-hydrated>`): a click before
 * that is a plain link or a button with no handler yet.
 */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/**
 * Holds the app's entry script back from the next loads of `page` until `release` is called:
 * what shows meanwhile is the prerendered page and the boot script. The boot script may ask for
 * the entry before the page's `load` event (the styles are in the page, so it paints at once),
 * and a held script holds `load` back too: go to the page with `waitUntil: 'domcontentloaded'`.
 */
export function holdTheApp(page: Page): Promise<() => void> {
  return holdBack(page, /\/assets\/index-[\w-]+\.js$/);
}

/** Holds back the requests `url` matches until the returned function is called: a slow line, without timing. */
export async function holdBack(page: Page, url: string | RegExp): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

type FontsState = 'first-visit-read' | 'fetched' | 'own-copy';

/** Once the page's font work is done (src/ui/site-fonts.ts): which of the accepted states it reached. */
async function fontsState(page: Page, accept: readonly FontsState[]): Promise<FontsState> {
  const handle = await page.waitForFunction((accepted) => {
    const own = [...document.fonts].some((face) => face.family.replace(/["']/g, '') === 'Noto Naskh Arabic installed' && face.status === 'loaded');
    const mark = window.localStorage.getItem('sahifa:site-fonts');
    const state = own ? 'own-copy' : mark === 'due' ? 'first-visit-read' : mark !== null ? 'fetched' : null;
    return state !== null && accepted.includes(state) ? state : false;
  }, accept);
  const state: unknown = await handle.jsonValue();
  return state === 'own-copy' || state === 'fetched' ? state : 'first-visit-read';
}

/** Once a first visit has been read to idle without fetching the site's font files, or the reader's own copy was found. */
export async function firstVisitRead(page: Page): Promise<void> {
  await fontsState(page, ['first-visit-read', 'own-copy']);
}

/** Once the open page (not a first visit) has fetched the site's font files, or found the reader's own copy. */
export async function siteFontsFetched(page: Page): Promise<void> {
  await fontsState(page, ['fetched', 'own-copy']);
}

/**
 * Reads pages until this browser has the site's font files, for the pages after the one open: a
 * first visit fetches none, the next page fetches them once idle (src/ui/site-fonts.ts). Or
 * until the reader's own Noto Naskh Arabic is found, which needs none.
 */
export async function siteFontsSettled(page: Page): Promise<void> {
  if ((await fontsState(page, ['first-visit-read', 'fetched', 'own-copy'])) !== 'first-visit-read') return;
  await page.reload();
  await fontsState(page, ['fetched', 'own-copy']);
}
