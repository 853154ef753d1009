import { readFileSync } from 'node:fs';
import { test, expect, paragraphs, SEED_PATH } from './fixtures.ts';

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

test('the Arabic webfont is loaded from the site itself', async ({ page }) => {
  await page.goto(SEED_PATH);
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((face) => face.family.includes('Noto Naskh Arabic') && face.status === 'loaded').map((face) => face.weight),
  );
  expect(loaded).toContain('400');
  expect(await page.evaluate(() => document.fonts.check('1em "Noto Naskh Arabic"', 'دير الزور'))).toBe(true);
  const family = await paragraphs(page).first().evaluate((element) => getComputedStyle(element).fontFamily);
  expect(family).toMatch(/^"?Noto Naskh Arabic/);
});

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
  await page.getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' }).click();
  await expect(page).toHaveURL('/');
});

test('an unknown article slug shows the not-found page too', async ({ page, watch }) => {
  watch.allowConsole(/404 \(Not Found\)/);
  await page.goto('/articles/no-such-article');
  await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible();
});
