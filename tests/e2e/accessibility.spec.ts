import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, gotoHydrated, holdTheApp, SEED_PATH } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function expectNoViolations(page: Page, state: string) {
  // Only violations are collected: passes and inapplicable rules would be gathered for nothing.
  // Legacy mode runs axe in the page in one call; the default opens a blank page to merge the
  // results of frames, which these pages do not have (about a second of each run).
  const results = await new AxeBuilder({ page }).setLegacyMode().withTags(TAGS).options({ resultTypes: ['violations'] }).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations (${state})`).toEqual([]);
}

test('no accessibility violations on the article at desktop width', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoHydrated(page, SEED_PATH);
  await expectNoViolations(page, 'desktop');
  await page.goto('/');
  await expectNoViolations(page, 'collection');
});

test("each paragraph's and tweet's share control says which one it shares, before the app and after", async ({ page }) => {
  // Every block has one: a screen reader's list of the page's controls must tell them apart.
  const names = (role: 'button' | 'link') =>
    page.locator('[data-block] + div, article[id^="t-"]').getByRole(role, { name: /^(نسخ|مشاركة|رابط) (الفقرة|التغريدة)/ }).evaluateAll((controls) => controls.map((control) => control.getAttribute('aria-label')));
  const release = await holdTheApp(page);
  await page.goto(SEED_PATH, { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('link', { name: 'رابط الفقرة: «استعادت قوات الجيش السوري…»', exact: true })).toBeVisible();
  const before = await names('link');
  expect(before).toHaveLength(10);
  expect(new Set(before).size).toBe(10);

  release();
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await expect(page.getByRole('button', { name: 'نسخ الفقرة ورابطها: «استعادت قوات الجيش السوري…»', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'نسخ التغريدة ورابطها: «نبارك للأخوة في #سوريا الحبيبة…»', exact: true })).toBeVisible();
  const after = await names('button');
  expect(after).toHaveLength(10);
  expect(new Set(after).size).toBe(10);
});

test('no violations and no horizontal scrolling at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await gotoHydrated(page, SEED_PATH);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await expectNoViolations(page, '320 px');
});

test('no violations while filtered by a tag', async ({ page }) => {
  await page.goto(`${SEED_PATH}?tag=${encodeURIComponent('دير_الزور')}`);
  await expect(page.locator('main mark').first()).toBeVisible();
  await expectNoViolations(page, 'filtered');
});

test('no violations with the sources drawer open @mobile', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(SEED_PATH);
  await page.getByRole('button', { name: 'المصادر', exact: true }).first().click();
  await expect(page.getByRole('dialog', { name: 'المصادر' })).toBeVisible();
  await expectNoViolations(page, 'sources drawer');
});

test('no violations in the dark, sepia and light themes, with claims highlighted and the settings open', async ({ page }) => {
  await gotoHydrated(page, SEED_PATH);
  await page.getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' }).click();
  await expect(page.locator('#cite-sana-liberated')).toHaveAttribute('data-active', 'true');
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
  for (const [theme, label] of [['dark', 'داكن'], ['sepia', 'ورقي'], ['light', 'فاتح']] as const) {
    await page.getByRole('radio', { name: label }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectNoViolations(page, `${theme} theme, claims highlighted, settings open`);
  }
});

test('dark by system preference is accessible too', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(SEED_PATH);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(20, 22, 26)');
  await expectNoViolations(page, 'system dark');
  await context.close();
});

test('keyboard alone: skip link, tag filter, share, sources', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Once the app runs (before, Enter on a tag is a plain link to the filtered page).
  await gotoHydrated(page, SEED_PATH);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'انتقل إلى المحتوى' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Tab to the first tag of the list and choose it.
  const firstTag = page.getByRole('navigation', { name: 'وسوم المقال' }).getByRole('link').first();
  for (let i = 0; i < 30 && !(await firstTag.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(firstTag).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?tag=/);
  await expect(firstTag).toBeFocused();

  // On to a share control, and use it.
  const share = page.getByRole('button', { name: 'نسخ الفقرة ورابطها' }).first();
  for (let i = 0; i < 40 && !(await share.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(share).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'تم نسخ الفقرة ورابطها' })).toBeVisible();

  // A quoted claim leads to its source.
  const claim = page.locator('#cite-sana-liberated');
  await claim.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#source-sana')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
});

// Saved for review (test-results/…): every theme at every width, the page as a reader opens it.
// One test per theme, so that they run side by side.
for (const theme of ['light', 'dark', 'sepia', 'system'] as const) {
  test(`screenshots at 320, 375, 768 and 1280 px in the ${theme} theme, none wider than the screen`, async ({ page }, testInfo) => {
    await page.addInitScript((theme) => localStorage.setItem('sahifa:settings', JSON.stringify({ theme })), theme);
    for (const width of [320, 375, 768, 1280]) {
      await page.setViewportSize({ width, height: width < 400 ? 800 : 900 });
      await gotoHydrated(page, SEED_PATH);
      await page.evaluate(() => document.fonts.ready);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${width}px, ${theme}`).toBe(0);
      await page.screenshot({ path: testInfo.outputPath(`article-${theme}-${width}.png`), fullPage: true });
    }
  });
}

test('no violations in the new reading states: about the article, a filter with hidden blocks, copying by hand, the list, not found', async ({ page, watch }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  await gotoHydrated(page, `${SEED_PATH}?tag=${encodeURIComponent('سوريا')}`);
  await expect(page.getByText('أُخفي هنا').first()).toBeVisible();
  await page.getByText('عن هذا المقال').click();
  await expectNoViolations(page, 'filtered, about open');
  await page.locator('#p-r4kx').hover();
  await page.getByRole('button', { name: 'نسخ الفقرة ورابطها' }).first().click();
  await expect(page.getByRole('dialog', { name: 'انسخ الرابط' })).toBeVisible();
  await expectNoViolations(page, 'copy by hand');
  await gotoHydrated(page, '/');
  await expectNoViolations(page, 'list');
  watch.allowConsole(/404 \(Not Found\)/);
  await gotoHydrated(page, '/no/such/page');
  await expectNoViolations(page, 'not found');
});

test('at 320 px and the two largest text sizes no page is wider than the screen: long Latin runs (a tweet\'s picture link) wrap', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const textSize of [4, 5]) {
    await page.addInitScript((textSize) => localStorage.setItem('sahifa:settings', JSON.stringify({ textSize })), textSize);
    for (const path of [SEED_PATH, `/tags/${encodeURIComponent('سوريا')}`, `/tags/${encodeURIComponent('دير_الزور')}`, `/search?q=${encodeURIComponent('سوريا')}`]) {
      await gotoHydrated(page, path);
      await expect(page.locator('html')).toHaveAttribute('data-text-size', String(textSize));
      if (path.startsWith('/search')) await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${path} at size ${textSize}`).toBe(0);
    }
  }
});

test('with the browser\'s own text larger, the header wraps: nothing is off the screen, the settings are within reach', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  for (const [fontSize, width] of [[20, 320], [24, 375]] as const) {
    await page.setViewportSize({ width, height: 740 });
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: fontSize } });
    for (const path of [SEED_PATH, '/tags', '/search']) {
      await gotoHydrated(page, path);
      const state = `${path} at ${width} px, text ${fontSize} px`;
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), state).toBe(0);
      const settings = page.getByRole('button', { name: 'إعدادات القراءة' });
      const box = await settings.boundingBox();
      expect(box !== null && box.x >= 0 && box.x + box.width <= width, state).toBe(true);
    }
  }
});

test('no violations on the archive\'s pages: the tags, a tag, a search with results, at 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const [path, state] of [
    ['/tags', 'tags'],
    [`/tags/${encodeURIComponent('سوريا')}`, 'a tag'],
    [`/search?q=${encodeURIComponent('دير الزور')}`, 'search'],
  ] as const) {
    await gotoHydrated(page, path);
    if (state === 'search') await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), state).toBe(0);
    await expectNoViolations(page, state);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, freshContext: true });

  test('no violations with the drawer opened at a source, nor with the bar of its claims', async ({ page }) => {
    await gotoHydrated(page, SEED_PATH);
    await page.locator('#cite-military-casualties').tap();
    await expect(page.locator('#source-military-sources')).toHaveAttribute('data-active', 'true');
    await expectNoViolations(page, 'drawer at a source');
    await page.getByRole('dialog', { name: 'المصادر' }).getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' }).click();
    await expect(page.getByRole('region', { name: /^ما نُسب إلى/ })).toBeVisible();
    await expectNoViolations(page, 'claims bar');
  });
});

// Guards against render-skipping optimizations (content-visibility: auto): Chromium leaves the
// blocks it skips out of the accessibility tree.
test('blocks off screen are in the accessibility tree a screen reader reads', async ({ page, context }) => {
  await page.setViewportSize({ width: 375, height: 600 });
  await page.goto(SEED_PATH);
  const last = page.locator('#p-d5xm');
  expect(await last.evaluate((element) => element.getBoundingClientRect().top > window.innerHeight)).toBe(true);
  // Chromium's accessibility tree, what a screen reader gets, has its words.
  const text = (await last.textContent()) ?? '';
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const spoken = nodes.filter((node) => !node.ignored && node.role?.value === 'StaticText').map((node) => String(node.name?.value ?? ''));
  expect(text.length).toBeGreaterThan(50);
  expect(spoken.some((name) => name.length > 20 && text.includes(name))).toBe(true);
});

test('in forced colours (Windows high contrast) only the linked paragraph is marked, the chosen source and its pressed button stand out, and the progress bar shows', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ forcedColors: 'active' });
  await gotoHydrated(page, `${SEED_PATH}#p-h3zb`);
  await expect(page.locator('#p-h3zb')).toBeFocused();
  // Forced colours draw any border in the text colour: no block but the target carries a line.
  const marks = await page.locator('main p[data-block="paragraph"]').evaluateAll((paragraphs) =>
    paragraphs.map((paragraph) => {
      const style = getComputedStyle(paragraph.parentElement ?? paragraph);
      return { id: paragraph.id, line: style.borderInlineStartWidth !== '0px' && style.borderInlineStartStyle !== 'none', outlined: style.outlineStyle !== 'none' };
    }),
  );
  expect(marks).toHaveLength(8);
  expect(marks.filter((mark) => mark.line)).toEqual([]);
  expect(marks.filter((mark) => mark.outlined).map((mark) => mark.id)).toEqual(['p-h3zb']);
  const button = page.getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  expect(await button.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
  expect(await page.locator('#source-sana').evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
  await page.mouse.wheel(0, 600);
  const bar = page.locator('[data-reading-progress]');
  const [barColour, pageColour] = await Promise.all([bar.evaluate((element) => getComputedStyle(element).backgroundColor), page.evaluate(() => getComputedStyle(document.body).backgroundColor)]);
  expect(barColour).not.toBe(pageColour);
});
