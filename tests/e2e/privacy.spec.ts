import { test, expect, SEED_PATH } from './fixtures.ts';

test('a whole reading session stays on this site: load, filter, sources, share, navigate', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await page.getByRole('link', { name: /^استعادت قوات الجيش السوري/ }).click();
  await expect(page).toHaveURL(SEED_PATH);
  await page.getByRole('navigation', { name: 'وسوم المقال' }).getByRole('link', { name: '#دير_الزور' }).click();
  await page.getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' }).click();
  await page.getByRole('button', { name: 'نسخ الفقرة ورابطها' }).first().click();
  await page.getByRole('link', { name: 'إظهار المقال كاملًا' }).click();
  await page.goto(`${SEED_PATH}#p-q8tn`);
  await page.getByRole('link', { name: 'صحيفة', exact: true }).click();
  await expect(page).toHaveURL('/');
  expect(requests.length).toBeGreaterThan(3);
  const origin = new URL(baseURL!).origin;
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});
