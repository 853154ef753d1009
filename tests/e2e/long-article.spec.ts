import type { Page } from '@playwright/test';
import { test, expect, gotoHydrated } from './fixtures.ts';

// 100 paragraphs and 20 tweets (tests/fixtures/content/articles/fixture-long.json): the blocks
// take a filter as a deferred update, after the tap's frame.
const PATH = '/articles/fixture-long';
const ALEPPO_TWEETS = ['t-l1', 't-l5', 't-l9', 't-ld', 't-lh'];

/** The ids of the blocks a reader can see, in order. */
function visibleBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('main article [data-block]'))
      .filter((block) => block.checkVisibility())
      .map((block) => block.id),
  );
}

test('a filter chosen in the middle of a long article reaches all of it, and Back brings it all back', async ({ page }) => {
  await gotoHydrated(page, PATH);
  const tweet = page.getByRole('article', { name: 'تغريدة من حساب تجريبي' }).filter({ hasText: 'تغريدة رقم 10 ' });
  const tag = tweet.getByRole('link', { name: '#حلب' });
  await tag.scrollIntoViewIfNeeded();
  await tag.click();

  // The tweet the reader tapped stays in place, focused; the rest of the article follows.
  await expect(tweet).toBeVisible();
  await expect(tag).toBeFocused();
  await expect(tag).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  expect(await visibleBlocks(page)).toEqual(ALEPPO_TWEETS);
  await expect(page.getByRole('status').filter({ hasText: 'يظهر' })).toContainText('٥ مقاطع من ١٢٠');
  // What the filter hides is gone for assistive technology too.
  const snapshot = await page.getByRole('article', { name: 'مقال طويل للاختبار: مئة فقرة وعشرون تغريدة' }).ariaSnapshot();
  expect(snapshot).toContain('تغريدة رقم 10 ');
  expect(snapshot).not.toContain('تغريدة رقم 1 ');

  await page.goBack();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('[data-waiting]')).toHaveCount(0);
  expect(await visibleBlocks(page)).toHaveLength(120);
  const all = await page.getByRole('article', { name: 'مقال طويل للاختبار: مئة فقرة وعشرون تغريدة' }).ariaSnapshot();
  expect(all).toContain('تغريدة رقم 1 ');
  expect(all).toContain('تغريدة رقم 20 ');
});

test('a filtered link to a long article opens with every match and nothing else', async ({ page }) => {
  await page.goto(`${PATH}?tag=${encodeURIComponent('حلب')}`);
  await expect(page.getByRole('status').filter({ hasText: 'يظهر' })).toContainText('٥ مقاطع من ١٢٠');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  expect(await visibleBlocks(page)).toEqual(ALEPPO_TWEETS);
});
