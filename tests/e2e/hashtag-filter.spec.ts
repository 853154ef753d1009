import { test, expect, gotoHydrated, paragraphs, SEED_PATH } from './fixtures.ts';

const tweets = (page: import('@playwright/test').Page) => ({
  reema: page.getByRole('article', { name: 'تغريدة من ريما' }),
  mourad: page.getByRole('article', { name: 'تغريدة من Mourad*' }),
});

test('choosing #سوريا keeps the first tweet, hides the second, and Back restores everything @mobile', async ({ page }) => {
  await gotoHydrated(page, SEED_PATH);
  const { reema, mourad } = tweets(page);
  await reema.getByRole('link', { name: '#سوريا' }).click();
  await expect(page).toHaveURL(/\?tag=%D8%B3%D9%88%D8%B1%D9%8A%D8%A7$/);
  await expect(reema).toBeVisible();
  await expect(mourad).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'يظهر' })).toHaveText('يظهر ما يحمل الوسم \u2068#سوريا\u2069 أو يذكره: ٣ مقاطع من ١٠.');
  await expect(page.locator('main article mark')).toHaveText(['سوريا', 'سوريا']);
  // Focus stays on the control the reader used.
  await expect(reema.getByRole('link', { name: '#سوريا' })).toBeFocused();

  await page.goBack();
  await expect(page).toHaveURL(SEED_PATH);
  await expect(mourad).toBeVisible();
  await expect(paragraphs(page)).toHaveCount(8);
  for (const paragraph of await paragraphs(page).all()) await expect(paragraph).toBeVisible();
  await page.goForward();
  await expect(mourad).toBeHidden();
});

test('on a phone every tag reached with Tab comes whole into sight in its scrolling row @mobile', async ({ page }) => {
  await gotoHydrated(page, SEED_PATH);
  const chips = page.getByRole('navigation', { name: 'وسوم المقال' }).getByRole('listitem').getByRole('link');
  const count = await chips.count();
  expect(count).toBeGreaterThan(3);
  await chips.first().focus();
  for (let i = 0; i < count; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    await expect(chips.nth(i)).toBeFocused();
    await expect(chips.nth(i)).toBeInViewport({ ratio: 1 });
  }
});

test('on a phone a shared ?tag= link scrolls the row of tags to the active one, not the page @mobile', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await gotoHydrated(page, `${SEED_PATH}?tag=${encodeURIComponent('ديرالزور_تنتصر')}`);
  const chip = page.getByRole('navigation', { name: 'وسوم المقال' }).getByRole('link', { name: '#ديرالزور_تنتصر', exact: true });
  await expect(chip).toHaveAttribute('aria-current', 'true');
  await expect(chip).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a tap on a tag is answered by the filter, without the browser\'s tap highlight flashing over it first @mobile', async ({ page }) => {
  await gotoHydrated(page, SEED_PATH);
  const list = page.getByRole('navigation', { name: 'وسوم المقال' });
  const chip = list.getByRole('link', { name: '#سوريا', exact: true });
  const inline = tweets(page).reema.getByRole('link', { name: '#سوريا' });
  for (const link of [chip, inline]) await expect(link).toHaveCSS('-webkit-tap-highlight-color', 'rgba(0, 0, 0, 0)');
  await chip.click();
  await expect(chip).toHaveAttribute('aria-current', 'true');
  await expect(list.getByRole('link', { name: 'إظهار المقال كاملًا' })).toHaveCSS('-webkit-tap-highlight-color', 'rgba(0, 0, 0, 0)');
});

test('a shared ?tag=دير_الزور link opens filtered, with both tweets and the prose marked', async ({ page }) => {
  await page.goto(`${SEED_PATH}?tag=${encodeURIComponent('دير_الزور')}`);
  const { reema, mourad } = tweets(page);
  await expect(reema).toBeVisible();
  await expect(mourad).toBeVisible();
  const marks = page.locator('main article p[data-block="paragraph"] mark');
  await expect(marks.first()).toHaveText('دير الزور');
  expect(await marks.count()).toBeGreaterThanOrEqual(4);
  // Paragraphs without the words are hidden; the ones that have them stay.
  await expect(paragraphs(page).filter({ hasText: 'وأشارت مصادر عسكرية' })).toBeHidden();
  await expect(page.getByRole('link', { name: '#دير_الزور' }).first()).toHaveAttribute('aria-current', 'true');
});

test('the tag list shows counts and the clear control brings the whole article back', async ({ page }) => {
  await gotoHydrated(page, SEED_PATH);
  const list = page.getByRole('navigation', { name: 'وسوم المقال' });
  await expect(list.getByRole('link')).toHaveCount(7);
  await list.getByRole('link', { name: '#بالدير_محيناها' }).click();
  await expect(tweets(page).reema).toBeVisible();
  await expect(tweets(page).mourad).toBeVisible();
  await expect(paragraphs(page).first()).toBeHidden();
  await list.getByRole('link', { name: 'إظهار المقال كاملًا' }).click();
  await expect(page).toHaveURL(SEED_PATH);
  await expect(paragraphs(page).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'وسوم المقال' })).toBeFocused();
});

test('a tag the article has nowhere shows the whole article and says so, with nothing to clear @mobile', async ({ page }) => {
  await page.goto(`${SEED_PATH}?tag=${encodeURIComponent('لا_يوجد')}`);
  await expect(page.getByRole('status').filter({ hasText: 'لا شيء' })).toHaveText('لا شيء في هذا المقال يحمل الوسم \u2068#لا_يوجد\u2069 أو يذكره، فإليك المقال كاملًا.');
  // Never an empty page: every block shows, nothing is said to be hidden.
  await expect(page.locator('main article [data-block]').filter({ visible: true })).toHaveCount(10);
  await expect(page.getByText('أُخفي هنا', { exact: false })).toHaveCount(0);
  // Nothing is hidden: no «إظهار المقال كاملًا» that would change nothing the reader sees.
  await expect(page.getByRole('link', { name: 'إظهار المقال كاملًا' })).toHaveCount(0);
  await expect(paragraphs(page)).toHaveCount(8);
});

test('a one-letter tag is not found in every «في»: what a proclitic leaves is no word', async ({ page }) => {
  await page.goto(`${SEED_PATH}?tag=${encodeURIComponent('يِ')}`);
  await expect(page.getByRole('status').filter({ hasText: 'لا شيء' })).toHaveText('لا شيء في هذا المقال يحمل الوسم \u2068#يِ\u2069 أو يذكره، فإليك المقال كاملًا.');
  await expect(page.locator('main article mark')).toHaveCount(0);
  await expect(page.getByText('أُخفي هنا', { exact: false })).toHaveCount(0);
});

test('malformed and absurd ?tag= values never break the page', async ({ page }) => {
  // Values that can be no tag (nothing left once cleaned, far too long, a letter cut in two) filter nothing.
  for (const query of ['%', 'ا'.repeat(3000), 'x'.repeat(8000), '%E0%A4%A', `${encodeURIComponent('سوريا')}%D8`]) {
    await page.goto(`${SEED_PATH}?tag=${query}`);
    await expect(page.getByRole('status').filter({ hasText: 'غير صالح' })).toHaveText('الوسم المطلوب في الرابط غير صالح، فإليك المقال كاملًا.');
    await expect(paragraphs(page)).toHaveCount(8);
    await expect(paragraphs(page).first()).toBeVisible();
    await expect(page.getByText('أُخفي هنا', { exact: false })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'إظهار المقال كاملًا' })).toHaveCount(0);
  }
  // Anything else is a tag the article does not have, shown as the text it is.
  for (const query of ['<script>alert(1)</script>', '%00%2F..']) {
    await page.goto(`${SEED_PATH}?tag=${query}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'لا شيء' })).toBeVisible();
    await expect(paragraphs(page).first()).toBeVisible();
  }
  await expect(page.getByRole('status').filter({ hasText: 'لا شيء' })).toContainText('/..');
  // Markup typed into the address is shown as the text it is, set apart from the Arabic around it.
  await page.goto(`${SEED_PATH}?tag=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.getByRole('status').filter({ hasText: 'لا شيء' })).toHaveText('لا شيء في هذا المقال يحمل الوسم \u2068#<img src=x onerror=alert(1)>\u2069 أو يذكره، فإليك المقال كاملًا.');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('the filter counts what it shows in words: one block is «مقطع واحد», not «١ من ١٠ مقاطع»', async ({ page }) => {
  await gotoHydrated(page, `${SEED_PATH}?tag=${encodeURIComponent('الإرهاب')}`);
  await expect(page.getByRole('status').filter({ hasText: 'يظهر' })).toHaveText('يظهر ما يحمل الوسم \u2068#الإرهاب\u2069 أو يذكره: مقطع واحد من ١٠.');
});

test('a count keeps to the noun it counts at the end of a line, whatever the width: «٣» never ends a line before «مقاطع»', async ({ page }) => {
  await gotoHydrated(page, `${SEED_PATH}?tag=${encodeURIComponent('سوريا')}`);
  const status = page.getByRole('status').filter({ hasText: 'يظهر' });
  await expect(status).toContainText('مقاطع');
  // Narrowed a pixel at a time, the line's end passes every word: the number and the noun are
  // always drawn on one line (the first and last letters of «٣ مقاطع» at the same height).
  const split = await status.evaluate((element) => {
    const text = [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && /[٠-٩]/.test(node.textContent ?? ''));
    if (!(text instanceof Text) || !(element instanceof HTMLElement)) return 'no count in the status';
    const at = text.data.search(/[٠-٩]+[\s\u00a0]مقاطع/);
    const end = text.data.indexOf('مقاطع', at) + 'مقاطع'.length;
    const top = (offset: number) => {
      const range = document.createRange();
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      return range.getBoundingClientRect().top;
    };
    for (let width = 360; width >= 120; width -= 1) {
      element.style.inlineSize = `${width}px`;
      if (Math.abs(top(at) - top(end - 1)) > 2) return `split at ${width} px`;
    }
    return 'kept together';
  });
  expect(split).toBe('kept together');
});

for (const width of [320, 375]) {
  test(`at ${width} px a filtering tag glued to the text before it is boxed whole on its line, with no sliver of it left on the line before`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await gotoHydrated(page, `${SEED_PATH}?tag=${encodeURIComponent('بالدير_محيناها')}`);
    const tag = tweets(page).mourad.getByRole('link', { name: '#بالدير_محيناها' });
    await expect(tag).toHaveAttribute('aria-current', 'true');
    // Each line the tag's box is drawn on holds some of the tag: a box of no width is a stray bar.
    const widths = await tag.evaluate((link) => [...link.getClientRects()].map((rect) => Math.round(rect.width)));
    expect(widths.length).toBeGreaterThan(0);
    for (const boxWidth of widths) expect(boxWidth).toBeGreaterThan(8);
  });
}

for (const width of [768, 1280]) {
  test(`at ${width} px an article with 120 tags starts on the first screen; its tags scroll in their box, and one reached with Tab comes into sight`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await gotoHydrated(page, '/articles/fixture-tags');
    await expect(paragraphs(page).first()).toBeInViewport();
    const tags = page.getByRole('navigation', { name: 'وسوم المقال' }).getByRole('link');
    await expect(tags).toHaveCount(120);
    // The last one is out of sight in its box until the keyboard reaches it.
    const last = tags.last();
    await expect(last).not.toBeInViewport();
    await tags.nth(118).focus();
    await page.keyboard.press('Tab');
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport({ ratio: 1 });
    // Its focus ring (3 px, 2 px off the chip) shows whole inside the box, at its foot as at its head.
    for (const chip of [last, tags.first()]) {
      await chip.focus();
      const room = await chip.evaluate((link) => {
        const box = link.closest('ul')?.getBoundingClientRect();
        const own = link.getBoundingClientRect();
        return box ? Math.min(own.top - box.top, box.bottom - own.bottom) : -1;
      });
      expect(room).toBeGreaterThanOrEqual(5);
    }
    // A short list (the seed's seven tags) has nothing to scroll.
    await gotoHydrated(page, SEED_PATH);
    const list = page.getByRole('navigation', { name: 'وسوم المقال' }).getByRole('list');
    expect(await list.evaluate((element) => element.scrollHeight - element.clientHeight)).toBe(0);
  });
}

test('in a box of 120 tags the active one comes into sight, from a shared link or from a tag tapped in a tweet far below, and the reader stays where they read', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoHydrated(page, `/articles/fixture-tags?tag=${encodeURIComponent('وسم_اختبار_120')}`);
  const tags = page.getByRole('navigation', { name: 'وسوم المقال' });
  await expect(tags.getByRole('link', { name: '#وسم_اختبار_120', exact: true })).toBeInViewport({ ratio: 1 });

  await gotoHydrated(page, '/articles/fixture-tags');
  const inline = page.locator('#t-m3').getByRole('link', { name: '#وسم_اختبار_97', exact: true });
  await inline.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  const before = await inline.boundingBox();
  await inline.click();
  const chip = tags.getByRole('link', { name: '#وسم_اختبار_97', exact: true });
  await expect(chip).toHaveAttribute('aria-current', 'true');
  // The tags above it hide, and the tweet stays where it was on the screen.
  const after = await inline.boundingBox();
  expect(Math.abs((after?.y ?? Infinity) - (before?.y ?? 0))).toBeLessThan(2);
  // Back at the top, the list shows it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(chip).toBeInViewport({ ratio: 1 });
});
