import { test, expect, gotoHydrated, SEED_PATH } from './fixtures.ts';

const NAMES = [
  'وكالة سانا السورية الرسمية للأنباء',
  'مصادر عسكرية',
  'الإعلام الحربي التابع للنظام السوري',
  'مصادر إعلامية متطابقة',
  'ريما',
  'Mourad*',
];

test('the sources landmark lists every source with its kind, and choosing SANA highlights its claims', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoHydrated(page, SEED_PATH);
  const aside = page.getByRole('complementary', { name: 'المصادر' });
  await expect(aside.getByRole('heading', { level: 3 })).toHaveText(NAMES);
  await expect(aside).toContainText('٤ فقرات من ٨ بلا نسبة إلى أي مصدر');
  await expect(aside).toContainText('مصادر لم يُذكر اسمها تقف وراء ادعاءين من ٧');
  const sana = aside.getByRole('listitem').filter({ has: page.getByRole('heading', { name: NAMES[0] }) });
  await expect(sana).toContainText('وكالة أنباء رسمية حكومية');
  await expect(sana).toContainText('ادعاءان');
  // A plural unnamed source («مصادر عسكرية») has one badge, in words that fit several sources.
  const military = aside.getByRole('listitem').filter({ has: page.getByRole('heading', { name: NAMES[1] }) });
  await expect(military).toContainText('من المصادر العسكرية غير المسمّاة');
  await expect(military).not.toContainText('مصدر عسكري');
  await expect(military).not.toContainText(/لم يُذكر اسمه(?!ا)/);

  const show = sana.getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' });
  await show.click();
  const first = page.locator('#cite-sana-liberated');
  await expect(first).toHaveAttribute('data-active', 'true');
  await expect(page.locator('#cite-sana-hamidiya')).toHaveAttribute('data-active', 'true');
  await expect(page.locator('#cite-military-casualties')).not.toHaveAttribute('data-active', 'true');
  // The first claim is brought into view and marked; focus stays where the reader goes on from.
  await expect(first).toHaveAttribute('data-current', 'true');
  await expect(first).toBeInViewport();
  await expect(show).toBeFocused();
  // Highlight is not colour alone: a solid underline and an outline.
  const style = await first.evaluate((element) => getComputedStyle(element).textDecorationStyle);
  expect(style).toBe('solid');
  // What the stepper reaches is said: where, and the words claimed there.
  const said = page.locator('[aria-live="polite"]').filter({ hasText: 'الموضع ١ من ٢' });
  await expect(said).toHaveText('الموضع ١ من ٢: «وكالة سانا السورية الرسمية للأنباء أشارت إلى أنّ الجيش وما يسمى بالقوات الرديفة حرروا دير الزور بالكامل»', { useInnerText: true });

  await expect(sana).toContainText('الموضع ١ من ٢');
  await sana.getByRole('button', { name: 'الموضع التالي' }).click();
  await expect(page.locator('#cite-sana-hamidiya')).toHaveAttribute('data-current', 'true');
  await expect(first).not.toHaveAttribute('data-current', 'true');
  await expect(sana.getByRole('button', { name: 'الموضع التالي' })).toBeFocused();
  await expect(sana).toContainText('الموضع ٢ من ٢');
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'الموضع ٢ من ٢' })).toHaveText('الموضع ٢ من ٢: «أفادت الوكالة باستعادة حي الحميدية»', { useInnerText: true });
});

test('the stepper\'s arrows point the right-to-left way: back to the right, on to the left', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoHydrated(page, SEED_PATH);
  await page.getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' }).click();
  const previous = page.getByRole('button', { name: 'الموضع السابق' });
  const next = page.getByRole('button', { name: 'الموضع التالي' });
  // Drawn, not a character the text's direction and the font would mirror or not.
  const pointing = (button: typeof next) =>
    button.evaluate((element) => {
      const path = element.querySelector('svg path');
      if (!(path instanceof SVGPathElement)) return 'no arrow';
      const tip = path.getPointAtLength(path.getTotalLength() / 2);
      return tip.x > path.getPointAtLength(0).x ? 'right' : 'left';
    });
  expect(await pointing(previous)).toBe('right');
  expect(await pointing(next)).toBe('left');
  const [back, on] = await Promise.all([previous.boundingBox(), next.boundingBox()]);
  expect(back && on && back.x > on.x).toBe(true);
  // Each in the middle of its button.
  for (const button of [previous, next]) {
    const [box, arrow] = await Promise.all([button.boundingBox(), button.locator('svg').boundingBox()]);
    expect(Math.abs((arrow?.x ?? 0) + (arrow?.width ?? 0) / 2 - ((box?.x ?? 0) + (box?.width ?? 0) / 2))).toBeLessThan(1);
  }
});

test('by keyboard the stepper goes through every claim without leaving it, and back to the reading', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoHydrated(page, SEED_PATH);
  await page.locator('#p-r4kx').click();
  const show = page.getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' });
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#cite-sana-liberated')).toHaveAttribute('data-current', 'true');
  // The way on is the next Tab stops, not the rest of the article.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'الموضع السابق' })).toBeFocused();
  await page.keyboard.press('Tab');
  const next = page.getByRole('button', { name: 'الموضع التالي' });
  await expect(next).toBeFocused();
  for (const id of ['cite-sana-hamidiya', 'cite-sana-liberated', 'cite-sana-hamidiya']) {
    await page.keyboard.press('Enter');
    await expect(page.locator(`#${id}`)).toHaveAttribute('data-current', 'true');
    await expect(page.locator(`#${id}`)).toBeInViewport();
    await expect(next).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'العودة إلى موضع القراءة' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-current]')).toHaveCount(0);
  await expect(page.locator('#p-r4kx')).toBeFocused();
});

test('focusing an attributed span in the text highlights its source in the sidebar', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoHydrated(page, SEED_PATH);
  await page.locator('#cite-military-casualties').focus();
  const entry = page.locator('#source-military-sources');
  await expect(entry).toHaveAttribute('data-active', 'true');
  await expect(entry).toBeInViewport();
  await page.locator('#cite-war-media-districts').hover();
  await expect(page.locator('#source-war-media')).toHaveAttribute('data-active', 'true');
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.locator('#cite-media-dead').focus();
  await expect(page.locator('#source-matching-media-sources')).toHaveAttribute('data-active', 'true');
  await expect(page.locator('#source-matching-media-sources')).toBeInViewport({ ratio: 0.9 });
});

test('a claim hidden by a hashtag filter is shown when the stepper reaches it, and Escape leaves the stepper', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoHydrated(page, `${SEED_PATH}?tag=${encodeURIComponent('الإرهاب')}`);
  await expect(page.locator('#cite-sana-liberated')).toBeHidden();
  const show = page.getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' });
  await show.click();
  await expect(page.locator('#cite-sana-liberated')).toBeVisible();
  await expect(page.locator('#cite-sana-liberated')).toBeInViewport();
  await page.getByRole('button', { name: 'الموضع التالي' }).press('Escape');
  await expect(show).toHaveAttribute('aria-pressed', 'false');
  // The filter hides it again once the claims are left.
  await expect(page.locator('#cite-sana-liberated')).toBeHidden();
});

test('Escape leaves the claims wherever focus is: after a click in the text, or Tab on to the next source', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoHydrated(page, SEED_PATH);
  const show = page.getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' });
  await show.click();
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Escape');
  await expect(show).toHaveAttribute('aria-pressed', 'false');

  await show.click();
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'العودة إلى موضع القراءة' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('complementary', { name: 'المصادر' }).getByRole('button', { name: 'العودة إلى موضع القراءة' })).not.toBeFocused();
  await page.keyboard.press('Escape');
  await expect(show).toHaveAttribute('aria-pressed', 'false');
});

test('back to the reading, focus is on the paragraph the reader was at, on the screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await gotoHydrated(page, SEED_PATH);
  // Reading further down, with nothing of the text focused; then the sources, by keyboard.
  await page.locator('#p-c7fy').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const show = page.getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' });
  await show.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'الموضع التالي' }).press('Enter');
  await page.getByRole('button', { name: 'الموضع التالي' }).press('Escape');
  await expect(page.locator('#p-c7fy')).toBeFocused();
  await expect(page.locator('#p-c7fy')).toBeInViewport();
});

test('choosing a tweet author highlights the tweet', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoHydrated(page, SEED_PATH);
  await page.getByRole('button', { name: 'ريما إظهار ما نُسب إليه' }).click();
  const card = page.getByRole('article', { name: 'تغريدة من ريما' });
  await expect(card).toHaveAttribute('data-highlighted', 'true');
  await expect(card).toHaveAttribute('data-current', 'true');
  await expect(card).toBeInViewport();
  // One place: said as a tweet, with its words as written (its picture's link left out).
  const said = page.locator('[aria-live="polite"]').filter({ hasText: 'نبارك' });
  await expect(said).toHaveText(/^ما نُسب إليه، في تغريدة: «نبارك للأخوة في #سوريا الحبيبة بإستعادة #دير_الزور\s+من يد #الإرهاب[^»]*»$/);
  await expect(said).not.toContainText('pic.twitter.com');
});

test('on a phone the sources are a drawer: it opens, traps focus and closes with Escape @mobile', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoHydrated(page, SEED_PATH);
  await expect(page.getByRole('complementary', { name: 'المصادر' })).toBeHidden();
  const opener = page.getByRole('button', { name: 'المصادر', exact: true }).first();
  await opener.click();
  const drawer = page.getByRole('dialog', { name: 'المصادر' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('heading', { level: 3 })).toHaveText(NAMES);
  // Focus moved in, and stays in while tabbing around.
  expect(await drawer.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  for (let i = 0; i < 25; i += 1) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null || document.activeElement === document.body)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(opener).toBeFocused();

  // A claim chosen in the drawer closes it, brings the quote into view, and focus goes to the
  // claims bar (one place: its way back).
  await opener.click();
  await drawer.getByRole('button', { name: 'مصادر إعلامية متطابقة إظهار ما نُسب إليه' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.locator('#cite-media-dead')).toHaveAttribute('data-current', 'true');
  await expect(page.locator('#cite-media-dead')).toBeInViewport();
  await expect(page.getByRole('region', { name: 'ما نُسب إلى مصادر إعلامية متطابقة' }).getByRole('button', { name: 'العودة إلى موضع القراءة' })).toBeFocused();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});

test('the sources summary words none and all as such, not «٠ من ادعاء واحد»', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoHydrated(page, '/articles/fixture-edited');
  const aside = page.getByRole('complementary', { name: 'المصادر' });
  await expect(aside).toContainText('لا ادعاء في المقال يستند إلى مصدر لم يُذكر اسمه.');
  await expect(aside).not.toContainText('٠ من');
});
