import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, gotoHydrated, holdTheApp, paragraphs, SEED_PATH } from './fixtures.ts';

test('the built article is readable with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SEED_PATH);
  await expect(paragraphs(page)).toHaveCount(8);
  await expect(paragraphs(page).first()).toBeVisible();
  await expect(page.getByRole('article', { name: 'تغريدة من ريما' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'المصادر' })).toBeVisible();
  // Without JavaScript, paragraph links are plain permalinks.
  await expect(page.getByRole('link', { name: 'رابط الفقرة' }).first()).toHaveAttribute('href', '#p-r4kx');
  await context.close();
});

/** Opens the seed article with the app's entry script held back until `release` is called. */
async function gotoBeforeTheAppStarts(page: Page): Promise<() => void> {
  const release = await holdTheApp(page);
  await page.goto(SEED_PATH, { waitUntil: 'domcontentloaded' });
  return release;
}

test('on a phone the sources stay in the page without JavaScript, and wait for the drawer with it', async ({ browser }) => {
  const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };
  const withoutScript = await browser.newContext({ ...phone, javaScriptEnabled: false });
  const plain = await withoutScript.newPage();
  await plain.goto(SEED_PATH);
  await expect(plain.getByRole('complementary', { name: 'المصادر' })).toBeVisible();
  await withoutScript.close();

  // With scripts, the prerendered sidebar is not shown while the app loads (it becomes a drawer).
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const release = await gotoBeforeTheAppStarts(page);
  await expect(paragraphs(page).first()).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'المصادر' })).toBeHidden();
  release();
  await page.getByRole('button', { name: 'المصادر', exact: true }).first().click();
  await expect(page.getByRole('dialog', { name: 'المصادر' })).toBeVisible();
  await context.close();
});

test('the prerendered HTML holds every paragraph and no inline script', async ({ request }) => {
  const html = await (await request.get(SEED_PATH)).text();
  const text = html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  const raw = readFileSync(new URL('../../content/raw/000_aa559fc9daf0de27.txt', import.meta.url), 'utf8').split('\n');
  for (const index of [0, 1, 2, 6, 7, 8, 12, 13]) expect(text).toContain(raw[index]);
  // The one inline script is the boot script, allowed by its hash in the page's CSP; the other
  // script elements without src are JSON data blocks, never run.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  expect(inline).toHaveLength(1);
  const hash = createHash('sha256').update(inline[0]!).digest('base64');
  expect(html).toContain(`&#39;sha256-${hash}&#39;`);
  expect(html).toMatch(/<html lang="ar" dir="rtl">/);
  expect(html).toContain('<link rel="canonical" href="');
  expect(html).toContain('<meta property="og:title"');
});

test('the text paints before any of the app\'s scripts is fetched, and the app then starts', async ({ page }) => {
  await gotoHydrated(page, SEED_PATH);
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const started = (test: (path: string) => boolean) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => test(new URL(entry.name).pathname))
        .map((entry) => entry.startTime);
    return { paint, scripts: started((path) => path.startsWith('/assets/') && path.endsWith('.js')), data: started((path) => path.startsWith('/data/')) };
  });
  expect(timing.paint).not.toBeNull();
  // The entry and its preloaded imports; the page's data.
  expect(timing.scripts.length).toBeGreaterThanOrEqual(3);
  expect(timing.data).toHaveLength(1);
  expect(Math.min(...timing.scripts, ...timing.data)).toBeGreaterThanOrEqual(timing.paint ?? Number.POSITIVE_INFINITY);
});

test('a tap on a button before the app has started is not lost', async ({ page }) => {
  const release = await gotoBeforeTheAppStarts(page);
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  release();
  await expect(page.getByRole('dialog', { name: 'إعدادات القراءة' })).toBeVisible();
});

test('nor in the sources, whose code arrives after the page has hydrated', async ({ page }) => {
  const release = await gotoBeforeTheAppStarts(page);
  const sana = page.getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' });
  await sana.click();
  release();
  await expect(sana).toHaveAttribute('aria-pressed', 'true');
});

test('hydration leaves the page as it was, without errors or warnings', async ({ page }) => {
  // Console errors (a hydration mismatch among them) fail every test through the fixture.
  await page.goto(SEED_PATH);
  const before = await paragraphs(page).allInnerTexts();
  // The filter logic loads after hydration; when it works, the page is live.
  await page.getByRole('navigation', { name: 'وسوم المقال' }).getByRole('link', { name: '#سوريا' }).click();
  await expect(page.getByRole('article', { name: 'تغريدة من Mourad*' })).toBeHidden();
  await page.goBack();
  await expect(page.getByRole('article', { name: 'تغريدة من Mourad*' })).toBeVisible();
  expect(await paragraphs(page).allInnerTexts()).toEqual(before);
});

test.describe('with the offline worker', () => {
  test('after one visit the article opens with the network off', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(SEED_PATH);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
      return registration.active?.state;
    });
    await context.setOffline(true);
    await page.reload();
    await expect(paragraphs(page)).toHaveCount(8);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('استعادت قوات الجيش السوري السيطرة على مدينة دير الزور شرقي سوريا');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('1em "Noto Naskh Arabic"', 'دير'))).toBe(true);
    // Another page of the site, and a filtered address, work offline too.
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'المقالات' })).toBeVisible();
    await page.goto(`${SEED_PATH}?tag=${encodeURIComponent('سوريا')}`);
    await expect(page.getByRole('article', { name: 'تغريدة من Mourad*' })).toBeHidden();
    await context.close();
  });
});

test('the web app manifest names the reader in Arabic, right to left', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'صحيفة — قارئ الأخبار', lang: 'ar', dir: 'rtl', start_url: '/' });
});
