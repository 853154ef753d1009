import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, firstVisitRead, gotoHydrated, holdTheApp, paragraphs, siteFontsSettled, SEED_PATH, SEED_SLUG } from './fixtures.ts';

test('the built article is readable with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SEED_PATH);
  await expect(paragraphs(page)).toHaveCount(8);
  await expect(paragraphs(page).first()).toBeVisible();
  await expect(page.getByRole('article', { name: 'تغريدة من ريما' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'المصادر' })).toBeVisible();
  // Without JavaScript, paragraph links are plain permalinks in the page.
  const permalink = page.getByRole('link', { name: 'رابط الفقرة' }).first();
  await expect(permalink).toHaveAttribute('href', '#p-r4kx');
  await permalink.click();
  await expect(page).toHaveURL(`${SEED_PATH}#p-r4kx`);
  await expect(paragraphs(page)).toHaveCount(8);
  // The paragraph a link lands on is marked without the app too, as the app marks it.
  const marked = (id: string) => page.locator(`#${id}`).evaluate((element) => getComputedStyle(element.parentElement ?? element).borderInlineStartColor);
  expect(await marked('p-r4kx')).not.toBe('rgba(0, 0, 0, 0)');
  expect(await marked('p-m2vd')).toBe('rgba(0, 0, 0, 0)');
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

test("the site publishes no build bookkeeping: Vite's manifest of the app's source files stays with the build", async ({ request }) => {
  const listed = await request.get('/.vite/manifest.json');
  expect(listed.status()).toBe(404);
  expect(await listed.text()).not.toContain('src/');
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

test('a tap on a share control before the app has started does not leave the page', async ({ page }) => {
  const release = await gotoBeforeTheAppStarts(page);
  const permalink = page.getByRole('link', { name: 'رابط الفقرة' }).nth(1);
  const id = (await permalink.getAttribute('href'))?.slice(1) ?? '';
  await page.evaluate(() => Reflect.set(window, 'sahifaStayed', true));
  await permalink.click();
  await expect(page).toHaveURL(`${SEED_PATH}#${id}`);
  // The same document: no trip through the share page and a reload of the article.
  expect(await page.evaluate(() => Reflect.get(window, 'sahifaStayed'))).toBe(true);
  release();
  // Once the app runs, the control links to the paragraph's share page (a long-press «copy link»).
  await expect(page.locator(`#${id} + div`).getByRole('button')).toHaveAttribute('href', `${SEED_PATH}/p/${id}`);
});

test('nor in the sources, whose code arrives after the page has hydrated', async ({ page }) => {
  const release = await gotoBeforeTheAppStarts(page);
  const sana = page.getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' });
  await sana.click();
  release();
  await expect(sana).toHaveAttribute('aria-pressed', 'true');
});

test('a link filtered by a tag shows its text only once the filter applies, and says so meanwhile', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto(`${SEED_PATH}?tag=${encodeURIComponent('سوريا')}`, { waitUntil: 'domcontentloaded' });
  // The title and the tags show; the text, which the filter will mostly hide, waits unseen.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'وسوم المقال' }).getByRole('link', { name: '#سوريا' })).toBeVisible();
  await expect(paragraphs(page).first()).toBeHidden();
  const status = page.getByRole('navigation', { name: 'وسوم المقال' }).getByRole('status');
  expect(await status.evaluate((element) => getComputedStyle(element, '::before').content)).toBe('"جارٍ تحميل الصفحة…"');
  release();
  await expect(status).toHaveText('يظهر ما يحمل الوسم \u2068#سوريا\u2069 أو يذكره: ٣ مقاطع من ١٠.');
  await expect(page.locator('#p-r4kx')).toBeVisible();
  await expect(page.getByRole('article', { name: 'تغريدة من Mourad*' })).toBeHidden();
  expect(await status.evaluate((element) => getComputedStyle(element, '::before').content)).toBe('none');
});

test('should the app never start, a link filtered by a tag shows its text after all, and stops saying it is loading', async ({ page }) => {
  await holdTheApp(page);
  await page.goto(`${SEED_PATH}?tag=${encodeURIComponent('سوريا')}`, { waitUntil: 'domcontentloaded' });
  await expect(paragraphs(page).first()).toBeHidden();
  // The wait is a CSS animation's delay: run to its end rather than waited for.
  await page.evaluate(() => {
    for (const animation of document.getAnimations()) animation.finish();
  });
  await expect(paragraphs(page).first()).toBeVisible();
  await expect(page.locator('nav[aria-labelledby="hashtags-title"] [role="status"]')).toHaveCSS('visibility', 'hidden');
});

for (const [address, what] of [
  [SEED_PATH, 'a page without a filter'],
  // The browser scrolls to the paragraph named: that place is never blank.
  [`${SEED_PATH}?tag=${encodeURIComponent('سوريا')}#p-d5xm`, 'a link filtered by a tag that names a paragraph'],
  // No tag list to say the page is loading: the article shows, as the filter's notice will.
  [`/articles/fixture-edited?tag=${encodeURIComponent('سوريا')}`, 'a link filtered by a tag to an article without tags'],
] as const) {
  test(`${what} shows its text before the app starts`, async ({ page }) => {
    const release = await holdTheApp(page);
    await page.goto(address, { waitUntil: 'domcontentloaded' });
    await expect(paragraphs(page).first()).toBeVisible();
    release();
  });
}

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

const arrivals = [
  ...[320, 412, 1280].map((width) => ({ width, address: SEED_PATH, what: 'the app starts and its late parts arrive' })),
  // A shared link's block is marked and the way to the start appears above it: nothing it moves.
  { width: 375, address: `${SEED_PATH}#p-h3zb`, what: 'a link lands on a paragraph' },
  { width: 375, address: `${SEED_PATH}#t-j5wc`, what: 'a link lands on a tweet' },
  // An old id of an edited paragraph: the app rewrites the address to the new id.
  { width: 375, address: '/articles/fixture-edited#p-old-split', what: 'an old link lands on an edited paragraph' },
  // A link filtered by a tag: the filter hides most of the text once the app applies it.
  { width: 375, address: `${SEED_PATH}?tag=${encodeURIComponent('سوريا')}`, what: 'a link filtered by a tag opens' },
  { width: 375, address: `/articles/fixture-long?tag=${encodeURIComponent('حلب')}`, what: 'a link filtered by a tag opens a long article' },
  { width: 1280, address: `/articles/fixture-long?tag=${encodeURIComponent('حلب')}`, what: 'a link filtered by a tag opens a long article' },
];
for (const { width, address, what } of arrivals) {
  test(`nothing painted moves as ${what}, ${width} px wide`, async ({ page }) => {
    await page.setViewportSize({ width, height: 850 });
    // Every layout shift from the page's start, reported as it happens.
    await page.addInitScript(() => {
      const shifts: string[] = [];
      Reflect.set(window, 'sahifaShifts', shifts);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const sources: unknown = Reflect.get(entry, 'sources');
          const nodes = Array.isArray(sources) ? sources.map((source) => String(Reflect.get(source, 'node')?.textContent).slice(0, 40)) : [];
          shifts.push(`${String(Reflect.get(entry, 'value'))}: ${nodes.join(' | ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await gotoHydrated(page, address);
    // The last part to come is the save control (a chunk of its own); then nothing more loads.
    await expect(page.getByRole('button', { name: 'حفظ للقراءة دون اتصال' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const shifts: unknown = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(Reflect.get(window, 'sahifaShifts'))))));
    expect(shifts).toEqual([]);
  });
}

test.describe('with the offline worker', () => {
  /** Waits until the page's offline worker is active and has finished its activation. */
  async function workerActivated(page: Page): Promise<void> {
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active;
      if (!worker || worker.state === 'activated') return;
      await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(null)));
    });
  }

  /** Every URL path the site's caches hold, by cache. */
  function cachedPaths(page: Page): Promise<Record<string, string[]>> {
    return page.evaluate(async () => {
      const result: Record<string, string[]> = {};
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        result[name] = (await cache.keys()).map((request) => new URL(request.url).pathname).sort();
      }
      return result;
    });
  }

  test('after one visit the article opens with the network off, and the worker keeps nothing else of the archive', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(SEED_PATH);
    await workerActivated(page);
    await firstVisitRead(page);
    // Only the shell (code, styles, the home page and the not-found page) and this article; no
    // font file, which a first visit never fetches (decision 0016).
    const cached = Object.values(await cachedPaths(page)).flat();
    expect(cached).toEqual(expect.arrayContaining([SEED_PATH, `/data/articles/${SEED_SLUG}.json`, '/404.html', '/index.html', '/data/list/1.json']));
    expect(cached.filter((path) => path.endsWith('.woff2'))).toEqual([]);
    const pages = cached.filter((path) => !path.startsWith('/assets/') && !/^\/[^/]+\.(?:png|webmanifest)$/.test(path));
    expect(pages.sort()).toEqual(['/404.html', SEED_PATH, `/data/articles/${SEED_SLUG}.json`, '/data/list/1.json', '/index.html'].sort());

    await context.setOffline(true);
    await page.reload();
    await expect(paragraphs(page)).toHaveCount(8);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('استعادت قوات الجيش السوري السيطرة على مدينة دير الزور شرقي سوريا');
    // The home page is part of the shell, and a filtered address is the same page.
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'المقالات' })).toBeVisible();
    await page.goto(`${SEED_PATH}?tag=${encodeURIComponent('سوريا')}`);
    await expect(page.getByRole('article', { name: 'تغريدة من Mourad*' })).toBeHidden();
    // An article never opened is not there: the page says the reader is offline (not that the
    // page does not exist), in its heading and its tab, and opens it when the connection returns.
    // Nor does it say «not found» while its app starts: what shows once the page is parsed,
    // before any of its scripts has run, is the tab's title and no heading.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const heading = document.querySelector('h1');
        Reflect.set(window, 'sahifaAtParse', { title: document.title, heading: heading?.checkVisibility({ visibilityProperty: true }) ? heading.textContent : null });
      }),
    );
    await page.goto('/articles/fixture-long');
    expect(await page.evaluate(() => Reflect.get(window, 'sahifaAtParse'))).toEqual({ title: 'أنت غير متصل بالشبكة — صحيفة', heading: null });
    await expect(page.getByRole('heading', { level: 1, name: 'أنت غير متصل بالشبكة' })).toBeVisible();
    await expect(page).toHaveTitle('أنت غير متصل بالشبكة — صحيفة');
    await expect(page.getByRole('status').filter({ hasText: 'أنت غير متصل بالشبكة' })).toBeVisible();
    await expect(page.getByText('ربما تغيّر الرابط')).toHaveCount(0);
    // It offers what opens offline: the articles read here, and the home page; not the tags or
    // the search, which need the network.
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2, name: 'مقالات يمكنك قراءتها الآن' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'كل الوسوم' })).toHaveCount(0);
    await expect(main.getByRole('link', { name: 'البحث في المقالات' })).toHaveCount(0);
    await main.getByRole('link', { name: 'استعادت قوات الجيش السوري السيطرة على مدينة دير الزور شرقي سوريا' }).click();
    await expect(paragraphs(page)).toHaveCount(8);
    await page.goto('/articles/fixture-long');
    await expect(page.getByRole('heading', { level: 1, name: 'أنت غير متصل بالشبكة' })).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1, name: 'مقال طويل للاختبار: مئة فقرة وعشرون تغريدة' })).toBeVisible();
    // A link inside the app to a page never opened says the same, not that something broke,
    // in its tab too, and opens the page when the connection returns.
    await context.setOffline(true);
    await page.goto(SEED_PATH);
    await page.getByRole('navigation', { name: 'التنقّل الرئيسي' }).getByRole('link', { name: 'الوسوم' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'أنت غير متصل بالشبكة' })).toBeVisible();
    await expect(page).toHaveTitle('أنت غير متصل بالشبكة — صحيفة');
    // It offers what opens offline too; what it announces is what happened, not its buttons.
    await expect(page.getByRole('main').getByRole('link', { name: 'استعادت قوات الجيش السوري السيطرة على مدينة دير الزور شرقي سوريا' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('أنت غير متصل بالشبكة');
    await expect(page.getByRole('alert')).not.toContainText('المحاولة مرة أخرى');
    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1, name: 'الوسوم' })).toBeVisible();
    // An address the site has no page for, opened offline: offline first, then, once the
    // connection is back and the server has answered, the not-found page it is, in its tab too.
    await context.setOffline(true);
    await page.goto('/articles/no-such-article');
    await expect(page.getByRole('heading', { level: 1, name: 'أنت غير متصل بالشبكة' })).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible();
    await expect(page.getByText('ربما تغيّر الرابط')).toBeVisible();
    await expect(page).toHaveTitle('الصفحة غير موجودة — صحيفة');
    await context.close();
  });

  test('on a first visit the worker keeps the code the page has loaded without downloading it again', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const downloads: { url: string; bytes: number; byWorker: boolean }[] = [];
    context.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (!url.pathname.startsWith('/assets/') || !url.pathname.endsWith('.js')) return;
      void request.sizes().then((sizes) => downloads.push({ url: url.pathname, bytes: sizes.responseBodySize, byWorker: request.serviceWorker() !== null }));
    });
    await page.goto(SEED_PATH);
    await workerActivated(page);
    const loadedByPage = new Set(await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/assets/') && path.endsWith('.js'))));
    expect(loadedByPage.size).toBeGreaterThan(2);
    await expect.poll(() => downloads.filter((download) => download.byWorker).length).toBeGreaterThan(0);
    const again = downloads.filter((download) => download.byWorker && loadedByPage.has(download.url) && download.bytes > 0);
    expect(again).toEqual([]);
    await context.close();
  });

  test('from the second page on, the worker keeps the site\'s font files, and a page read offline is drawn in them', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(SEED_PATH);
    await workerActivated(page);
    await siteFontsSettled(page);
    const cached = await cachedPaths(page);
    expect((cached['sahifa-fonts'] ?? []).filter((path) => path.endsWith('.woff2'))).toHaveLength(2);

    await context.setOffline(true);
    await page.reload();
    await expect(paragraphs(page)).toHaveCount(8);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('1em "Noto Naskh Arabic"', 'دير'))).toBe(true);
    expect(await page.locator('#p-r4kx').evaluate((element) => getComputedStyle(element).fontFamily)).toContain('"Noto Naskh Arabic",');
    await context.close();
  });

  test('an article reached by a link in the app reopens offline too', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await gotoHydrated(page, '/');
    await workerActivated(page);
    await page.getByRole('link', { name: 'مقال طويل للاختبار: مئة فقرة وعشرون تغريدة' }).click();
    await expect(page).toHaveURL('/articles/fixture-long');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('مقال طويل للاختبار: مئة فقرة وعشرون تغريدة');
    // Its HTML is kept once the browser is idle: wait for it in the worker's cache.
    await expect.poll(() => page.evaluate(async () => (await caches.match('/articles/fixture-long', { cacheName: 'sahifa-read' }))?.status ?? 0)).toBe(200);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('مقال طويل للاختبار: مئة فقرة وعشرون تغريدة');
    await expect(paragraphs(page).first()).toBeVisible();
    await context.close();
  });

  test('an article saved for offline reading opens with the network off after the pages read have gone', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await gotoHydrated(page, '/articles/fixture-long');
    await page.getByRole('button', { name: 'حفظ للقراءة دون اتصال' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'حُفظ المقال' })).toBeVisible();
    // The button's words say it is saved (on a touch screen no tooltip would).
    await expect(page.getByRole('button', { name: 'محفوظ للقراءة دون اتصال' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'حفظ للقراءة دون اتصال' })).toHaveCount(0);
    // On a phone, where the unsaved button is an icon, the saved one shows its words.
    await page.setViewportSize({ width: 320, height: 740 });
    const words = await page.getByText('محفوظ للقراءة دون اتصال', { exact: true }).boundingBox();
    expect(words?.width ?? 0).toBeGreaterThan(50);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await workerActivated(page);
    expect((await cachedPaths(page))['sahifa-saved']).toEqual(['/articles/fixture-long', '/data/articles/fixture-long.json']);
    // What the reader merely read is bounded and may go; what they saved stays.
    await page.evaluate(() => caches.delete('sahifa-read'));
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(paragraphs(page).first()).toBeVisible();
    // And the reader can let it go.
    await page.getByRole('button', { name: 'محفوظ للقراءة دون اتصال' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'أُزيل المقال' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'حفظ للقراءة دون اتصال' })).toBeVisible();
    expect((await cachedPaths(page))['sahifa-saved']).toEqual([]);
    await context.close();
  });

  test('a reader who asked to save data gets no offline worker and no font file in the background, until they save an article', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) });
    });
    const page = await context.newPage();
    const workerRequests: string[] = [];
    const fontRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/sw.js') workerRequests.push(request.url());
      if (request.url().endsWith('.woff2')) fontRequests.push(request.url());
    });
    await gotoHydrated(page, SEED_PATH);
    // After the load and two idle periods (when the worker would be registered otherwise).
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(workerRequests).toEqual([]);
    // The text stays in the reader's own face (decision 0016).
    expect(fontRequests).toEqual([]);
    expect(await page.evaluate(() => window.localStorage.getItem('sahifa:site-fonts'))).toBeNull();
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    await page.getByRole('button', { name: 'حفظ للقراءة دون اتصال' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'حُفظ المقال' })).toBeVisible();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(1);
    await context.close();
  });

  test('the site is offered for install once it works offline: the page links its manifest when its worker is active', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const response = await page.goto(SEED_PATH);
    expect(await response?.text()).not.toContain('rel="manifest"');
    await workerActivated(page);
    const manifest = page.locator('head link[rel="manifest"]');
    await expect(manifest).toHaveCount(1);
    expect(await manifest.evaluate((link) => (link instanceof HTMLLinkElement ? new URL(link.href).pathname : null))).toBe('/manifest.webmanifest');
    await context.close();
  });
});

test('the web app manifest names the reader in Arabic, right to left', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'صحيفة — قارئ الأخبار', lang: 'ar', dir: 'rtl', start_url: '/' });
});

/** A PNG's width and height, from its header (the IHDR chunk), or null when it is not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || bytes.subarray(1, 4).toString('latin1') !== 'PNG' || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// An SVG icon is drawn on the page's main thread, as a document of its own (scripts/lib/icons.ts).
test("the tab's icon, the icons to install the site and /favicon.ico are PNG images of the sizes they state", async ({ page, request }) => {
  await page.goto(SEED_PATH);
  const icons = await page.locator('head link[rel~="icon"]').evaluateAll((links) =>
    links.map((link) => (link instanceof HTMLLinkElement ? { href: new URL(link.href).pathname, sizes: link.sizes.value } : null)),
  );
  expect(icons).toEqual([{ href: '/icon-32.png', sizes: '32x32' }]);
  const manifest: { icons?: { src: string; sizes: string; type: string }[] } = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest.icons?.map((icon) => icon.sizes)).toEqual(['192x192', '512x512']);
  for (const { src, sizes } of [...(manifest.icons ?? []), { src: '/icon-32.png', sizes: '32x32' }]) {
    const response = await request.get(src);
    expect(response.headers()['content-type'], src).toBe('image/png');
    const [width, height] = sizes.split('x').map(Number);
    expect(pngSize(await response.body()), src).toEqual({ width, height });
  }
  // Feed readers, link previews and bookmarks ask for /favicon.ico without reading the page.
  const ico = await request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect(ico.headers()['content-type']).toBe('image/x-icon');
  const bytes = await ico.body();
  expect([bytes.readUInt16LE(2), bytes.readUInt16LE(4)], 'an icon file with one image').toEqual([1, 1]);
  expect(pngSize(bytes.subarray(bytes.readUInt32LE(18))), 'its image').toEqual({ width: 32, height: 32 });
});
