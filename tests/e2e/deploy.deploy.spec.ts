/**
 * Deploys never strand a reader (issue #16): a tab opened on deploy A keeps reading when B
 * replaces A under the running server (A's chunks gone, one paragraph edited, new code). The
 * first thing A's page cannot load (a chunk, or data written for B's code) reloads it, once,
 * onto B, back at the paragraph the reader was at.
 */
import type { Page } from '@playwright/test';
import { test, expect, type Watch } from './fixtures.ts';
import { DEPLOY_SLUG, EDIT, EDITED_ID, deploy } from '../deploy/build-deploys.ts';

const PATH = `/articles/${DEPLOY_SLUG}`;
const TITLE = /^مقال طويل للاختبار/;

test.beforeEach(() => deploy('a'));

test('opening the settings after a deploy reloads onto the new version, at the same paragraph', async ({ page, watch }) => {
  watch.allowConsole(/Failed to load resource: the server responded with a status of 404/);
  watch.allowConsole(/Failed to fetch dynamically imported module/);
  await page.goto(PATH);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  const edited = page.locator(`#${EDITED_ID}`);
  await edited.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect(edited).not.toContainText(EDIT);
  const reloaded = page.waitForEvent('load');

  deploy('b');
  // Opened from where the reader is (as assistive technology does, without scrolling to the top).
  await page.getByRole('button', { name: 'إعدادات القراءة' }).evaluate((button) => button.focus({ preventScroll: true }));
  await page.keyboard.press('Enter');

  await reloaded;
  await expect(edited).toContainText(EDIT);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  await expect(edited).toBeInViewport();
  await expect(page.getByRole('status').filter({ hasText: 'حُدّثت الصفحة إلى أحدث نسخة' })).toBeVisible();
  // The new version works: the settings open.
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
  await expect(page.getByRole('dialog', { name: 'إعدادات القراءة' })).toBeVisible();
});

test('following a link after a deploy loads the new version of the page it leads to', async ({ page }) => {
  await page.goto(PATH);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  deploy('b');
  const reloaded = page.waitForEvent('load');
  await page.getByRole('link', { name: 'صحيفة', exact: true }).click();
  await reloaded;
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1, name: 'المقالات' })).toBeVisible();
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.locator(`#${EDITED_ID}`)).toContainText(EDIT);
});

/** The article, started, with the console errors a lost connection brings allowed. */
async function openArticleToGoOffline(page: Page, watch: Watch): Promise<void> {
  watch.allowConsole(/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/);
  watch.allowConsole(/Failed to fetch dynamically imported module/);
  await page.goto(PATH);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
}

test('a page whose code could not load while offline opens by itself once the connection is back, as it says; «المحاولة مرة أخرى» tries meanwhile', async ({ page, watch }) => {
  await openArticleToGoOffline(page, watch);
  // The search page has no data of its own: only its code is fetched, and that fails.
  await page.context().setOffline(true);
  await page.getByRole('navigation', { name: 'التنقّل الرئيسي' }).getByRole('link', { name: 'البحث' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'أنت غير متصل بالشبكة' })).toBeVisible();
  await expect(page).toHaveTitle('أنت غير متصل بالشبكة — صحيفة');
  // Still offline, a retry fails again; the button went with the view it left, and focus did
  // not go with it to the page's body.
  await page.getByRole('button', { name: 'المحاولة مرة أخرى' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'أنت غير متصل بالشبكة' })).toBeVisible();
  await expect(page.getByRole('main')).toBeFocused();
  await page.context().setOffline(false);
  await expect(page.getByRole('heading', { level: 1, name: 'البحث في المقالات' })).toBeVisible();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page).toHaveTitle('البحث في المقالات — صحيفة');
});

test('a page that could not load offline opens when a link leads to it again once the connection is back', async ({ page, watch }) => {
  await openArticleToGoOffline(page, watch);
  const nav = page.getByRole('navigation', { name: 'التنقّل الرئيسي' });
  await page.context().setOffline(true);
  await nav.getByRole('link', { name: 'البحث' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'أنت غير متصل بالشبكة' })).toBeVisible();
  await page.context().setOffline(false);
  await nav.getByRole('link', { name: 'صحيفة' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'المقالات' })).toBeVisible();
  await nav.getByRole('link', { name: 'البحث' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'البحث في المقالات' })).toBeVisible();
});

test('the reading settings opened while offline say they cannot open, the article stays, and they open once the connection is back', async ({ page, watch }) => {
  await openArticleToGoOffline(page, watch);
  const settings = page.getByRole('button', { name: 'إعدادات القراءة' });
  // The panel's code comes when it is first opened; offline, it cannot.
  await page.context().setOffline(true);
  await settings.click();
  await expect(page.getByRole('status').filter({ hasText: 'تعذّر فتح إعدادات القراءة: أنت غير متصل بالشبكة' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.context().setOffline(false);
  await settings.click();
  await expect(page.getByRole('dialog', { name: 'إعدادات القراءة' })).toBeVisible();
});

test('a page whose data could not load offline opens once the connection is back, even when the first try after fails', async ({ page, watch }) => {
  watch.allowConsole(/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  // The article's data fails twice: once offline, once as the connection comes back.
  let failures = 0;
  await page.route(`**/data/articles/${DEPLOY_SLUG}.json`, async (route) => {
    if (failures < 2) {
      failures += 1;
      await route.abort('internetdisconnected');
    } else {
      await route.continue();
    }
  });
  await page.context().setOffline(true);
  await page.getByRole('link', { name: TITLE }).click();
  // Offline, the error view says so (the page was never opened here, decision 0017).
  await expect(page.getByRole('heading', { level: 1, name: 'أنت غير متصل بالشبكة' })).toBeVisible();
  await page.context().setOffline(false);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  expect(failures).toBe(2);
});
