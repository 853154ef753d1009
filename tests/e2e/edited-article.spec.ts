import { test, expect, holdTheApp } from './fixtures.ts';

const PATH = '/articles/fixture-edited';

test('an old link to a split paragraph follows its alias to the new id', async ({ page }) => {
  await page.goto(`${PATH}#p-old-split`);
  await expect(page).toHaveURL(new RegExp(`${PATH}#p-e2$`));
  // Said where the reader lands (not at the article's top, above the screen).
  await expect(page.getByRole('status').filter({ hasText: 'تغيّر رابط هذه الفقرة' })).toBeInViewport();
  await expect(page.locator('#p-e2')).toBeFocused();
  await expect(page.locator('#p-e2')).toBeInViewport();
});

for (const [old, now] of [['p-old-split', 'p-e2'], ['p-old-merged-a', 'p-e3']] as const) {
  test(`an old link (${old}) lands where a current one does, and stays there as the app starts, the way to the start in sight above it`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    const top = () => page.locator(`#${now}`).evaluate((element) => Math.round(element.getBoundingClientRect().top));
    await page.goto(`${PATH}#${now}`);
    await expect(page.getByRole('link', { name: 'اقرأ المقال من بدايته' })).toBeInViewport({ ratio: 1 });
    const current = await top();

    await page.goto('about:blank');
    const release = await holdTheApp(page);
    await page.goto(`${PATH}#${old}`);
    await expect(page.locator(`#${now}`)).toBeInViewport();
    const before = await top();
    release();
    await expect(page).toHaveURL(new RegExp(`${PATH}#${now}$`));
    await expect(page.locator(`#${now}`)).toBeFocused();
    await expect(page.getByRole('link', { name: 'اقرأ المقال من بدايته' })).toBeInViewport({ ratio: 1 });
    expect(await top()).toBe(before);
    expect(before).toBe(current);
  });
}

test('a link to a paragraph far down the page scrolls it into view', async ({ page }) => {
  await page.goto(`${PATH}#p-e4`);
  await expect(page.locator('#p-e4')).toBeInViewport();
  await expect(page.locator('#p-e4')).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
});

test('without JavaScript an old link to an edited paragraph lands on the paragraph it became, marked', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 700 } });
  const page = await context.newPage();
  for (const [old, now] of [['p-old-split', 'p-e2'], ['p-old-merged-b', 'p-e3']] as const) {
    await page.goto(`${PATH}#${old}`);
    await expect(page.locator(`#${now}`), old).toBeInViewport();
    const mark = await page.locator(`#${now}`).evaluate((element) => getComputedStyle(element.parentElement ?? element).borderInlineStartColor);
    expect(mark, old).not.toBe('rgba(0, 0, 0, 0)');
  }
  await context.close();
});
