/**
 * The test fixture every browser test uses: it records console errors, page errors and any
 * request that leaves the site's origin, and fails the test if there were any.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const SEED_SLUG = 'deir-ez-zor-recaptured';
export const SEED_PATH = `/articles/${SEED_SLUG}`;

type Watch = {
  consoleErrors: string[];
  pageErrors: string[];
  offOrigin: string[];
  /** Console errors that a test expects (the 404 status of a not-found page). */
  allowConsole: (pattern: RegExp) => void;
};

export const test = base.extend<{ watch: Watch }>({
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
 * Opens an article and waits until the app has hydrated (the share controls turn from permalinks
 * into buttons): a click before that is a plain link or a button with no handler yet.
 */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: /^(نسخ رابط الفقرة|مشاركة الفقرة)$/ }).first().waitFor({ state: 'attached' });
}
