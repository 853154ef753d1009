/**
 * `npm run dev` (issue #17): Vite's dev server shows the app styled and working, with its hot
 * reload connected, and no console error (in development the pages carry no CSP: Vite injects
 * its styles and client inline; the production CSP is checked in hostile-content.fixture-content.spec.ts).
 */
import { test, expect, SEED_PATH } from './fixtures.ts';

test('the dev server shows a styled, working article with hot reload connected', async ({ page }) => {
  const connected = new Promise<void>((resolve) => page.on('console', (message) => message.text() === '[vite] connected.' && resolve()));
  await page.goto(SEED_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^استعادت قوات الجيش السوري/);
  await connected;
  // Styled: the page's colours, the Naskh face, screen-reader-only text off screen.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(253, 252, 249)');
  expect(await page.locator('#p-r4kx').evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/^"?Noto Naskh Arabic/);
  for (const box of await page.locator('.visually-hidden').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().width))) {
    expect(box).toBeLessThanOrEqual(1);
  }
  // The icons the build draws, drawn here too: the tab's, the ones the manifest lists and /favicon.ico.
  const tabIcon = await page.locator('link[rel="icon"]').getAttribute('href');
  const manifest: unknown = await (await page.request.get('/manifest.webmanifest')).json();
  const listed: readonly unknown[] = typeof manifest === 'object' && manifest !== null && 'icons' in manifest && Array.isArray(manifest.icons) ? manifest.icons : [];
  expect(listed.length).toBeGreaterThan(0);
  for (const src of [tabIcon, ...listed.map((icon) => (typeof icon === 'object' && icon !== null && 'src' in icon ? icon.src : null))]) {
    const response = await page.request.get(String(src));
    expect(response.status(), String(src)).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  expect((await page.request.get('/favicon.ico')).headers()['content-type']).toBe('image/x-icon');
  // Working: a filter, and the page data served from the articles as they are.
  await page.getByRole('navigation', { name: 'وسوم المقال' }).getByRole('link', { name: '#سوريا' }).click();
  await expect(page.getByRole('article', { name: 'تغريدة من Mourad*' })).toBeHidden();
  await page.getByRole('link', { name: 'صحيفة', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'المقالات' })).toBeVisible();
});
