import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, firstVisitRead, paragraphs, siteFontsFetched, siteFontsSettled, SEED_PATH } from './fixtures.ts';

const rawLines = readFileSync(new URL('../../content/raw/000_aa559fc9daf0de27.txt', import.meta.url), 'utf8').split('\n');
// Lines 4–6 and 10–12 of the raw text are the two flattened tweets; the other eight are prose.
const proseLines = rawLines.filter((_line, index) => ![3, 4, 5, 9, 10, 11].includes(index));

test('the article reads right to left in Arabic with all eight paragraphs in order @mobile', async ({ page }) => {
  await page.goto(SEED_PATH);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('main article h1')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('استعادت قوات الجيش السوري السيطرة على مدينة دير الزور شرقي سوريا');
  await expect(paragraphs(page)).toHaveCount(8);
  await expect(paragraphs(page)).toHaveText(proseLines);
  for (const paragraph of await paragraphs(page).all()) await expect(paragraph).toBeVisible();
  const direction = await paragraphs(page).first().evaluate((element) => getComputedStyle(element).direction);
  expect(direction).toBe('rtl');
});

/** The fonts Chromium actually drew an element's text with (DevTools' platform fonts). */
async function drawnFonts(page: Page, selector: string): Promise<{ familyName: string; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

test('a first visit fetches no font file; the next page fetches them after it has painted, and its text stays put', async ({ page }) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2')) fontRequests.push(request.url());
  });
  await page.goto(SEED_PATH);
  await firstVisitRead(page);
  expect(fontRequests).toEqual([]);

  await page.reload();
  const before = { fonts: await drawnFonts(page, '#p-r4kx'), box: await page.locator('#p-r4kx').boundingBox() };
  await siteFontsFetched(page);
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    fonts: performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.woff2')).map((entry) => entry.startTime),
  }));
  expect(timing.paint).toBeGreaterThan(0);
  expect(timing.fonts).toHaveLength(2);
  for (const start of timing.fonts) expect(start).toBeGreaterThan(timing.paint);
  // Fetched for the pages after it: this one keeps the face it painted in, and its lines.
  expect(await drawnFonts(page, '#p-r4kx')).toEqual(before.fonts);
  expect(await page.locator('#p-r4kx').boundingBox()).toEqual(before.box);
});

for (const [name, path, selector] of [
  ['the article', SEED_PATH, 'main article h1'],
  ['the list', '/', 'main h1'],
  ['the not-found page', '/no-such-page', 'main h1'],
] as const) {
  test(`${name} is drawn in Noto Naskh Arabic, the site's own subset or the reader's copy`, async ({ page, watch }) => {
    watch.allowConsole(/Failed to load resource: the server responded with a status of 404/);
    // A first visit is drawn in the reader's own face and fetches nothing; the next page fetches
    // ours for the pages after it (decision 0016), which are drawn in it from their first paint.
    await page.goto(path);
    await siteFontsSettled(page);
    await page.reload();
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('1em "Noto Naskh Arabic"', 'دير الزور'))).toBe(true);
    const family = await page.locator(selector).first().evaluate((element) => getComputedStyle(element).fontFamily);
    expect(family).toMatch(/^"?Noto Naskh Arabic/);
    // Every glyph of the text, not just the declared family: nothing fell back to another face.
    const fonts = await drawnFonts(page, selector);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.familyName, JSON.stringify(fonts)).toBe('Noto Naskh Arabic');
  });
}

test('the collection lists the article and links to it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'المقالات' })).toBeVisible();
  await page.getByRole('link', { name: 'استعادت قوات الجيش السوري السيطرة على مدينة دير الزور شرقي سوريا' }).click();
  await expect(page).toHaveURL(SEED_PATH);
  await expect(paragraphs(page)).toHaveCount(8);
  await expect(page).toHaveTitle(/^استعادت قوات الجيش السوري/);
});

test('an unknown address shows the Arabic not-found page', async ({ page, watch }) => {
  watch.allowConsole(/404 \(Not Found\)/);
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible();
  // Three ways on, each to a page of its own.
  await expect(page.getByRole('link', { name: 'كل الوسوم' })).toHaveAttribute('href', '/tags');
  await expect(page.getByRole('link', { name: 'البحث في المقالات' })).toHaveAttribute('href', '/search');
  await page.getByRole('link', { name: 'أحدث المقالات' }).click();
  await expect(page).toHaveURL('/');
});

test('an unknown article slug shows the not-found page too', async ({ page, watch }) => {
  watch.allowConsole(/404 \(Not Found\)/);
  await page.goto('/articles/no-such-article');
  await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible();
});
