import { test, expect, gotoHydrated, paragraphs, SEED_PATH } from './fixtures.ts';

test('every paragraph and tweet has a unique, short ASCII id', async ({ page }) => {
  await page.goto(SEED_PATH);
  const ids = await page.locator('main article [data-block]').evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(ids).toHaveLength(10);
  expect(new Set(ids).size).toBe(10);
  for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]{1,31}$/);
});

test('the share control copies the quote, a line break and the share address, and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(SEED_PATH);
  const block = paragraphs(page).nth(3);
  const id = await block.getAttribute('id');
  await block.hover();
  const button = page.locator(`#${id} + div`).getByRole('button', { name: 'نسخ الفقرة ورابطها' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.getByRole('status').filter({ hasText: 'تم نسخ الفقرة ورابطها' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const [quote, address, ...rest] = copied.split('\n');
  expect(rest).toEqual([]);
  const text = (await block.innerText()).replace(/\s+/gu, ' ').trim();
  expect(quote).toMatch(/^«.+»$/u);
  expect(text.startsWith((quote ?? '').slice(1, -1).replace(/…$/u, ''))).toBe(true);
  expect(address).toBe(`${baseURL}${SEED_PATH}/p/${id}`);
  // ASCII only: chat apps keep it whole.
  expect(address).toMatch(/^[\x21-\x7e]+$/);
  // The control is a link to that address too: a long-press «copy link» shares the paragraph's page.
  await expect(button).toHaveAttribute('href', `${SEED_PATH}/p/${id}`);
});

test('a copied tweet says whose it is: its author and @handle, then its quote and address', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoHydrated(page, SEED_PATH);
  const tweet = page.getByRole('article', { name: 'تغريدة من ريما' });
  await tweet.getByRole('button', { name: 'نسخ التغريدة ورابطها' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'تم نسخ' })).toBeVisible();
  const [quote, address, ...rest] = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  expect(rest).toEqual([]);
  // Right to left wherever it is pasted (RLM first), the name and the handle isolated.
  expect(quote).toMatch(/^\u200f\u2068ريما \(\u2066@Reema_Rashid11\u2069\)\u2069 على X: «نبارك للأخوة.+»$/u);
  expect(address).toBe(`${baseURL}${SEED_PATH}/p/${await tweet.getAttribute('id')}`);
});

test('a copied tweet that was deleted from X says so, its hostile name made plain text', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoHydrated(page, '/articles/fixture-hostile');
  await page.locator('article#t-h1').getByRole('button', { name: 'نسخ التغريدة ورابطها' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'تم نسخ' })).toBeVisible();
  const [quote, address] = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  // The bidi override in the name is gone; the markup is the text it is; «$&» is copied as written.
  expect(quote).toMatch(/^\u200f\u2068مستخدمevil خبيث<script>alert\(3\)<\/script> \(\u2066@evil_handle\u2069\)\u2069 في تغريدة حُذفت من X: «<script>alert\(4\)<\/script> \$& /u);
  expect(address).toBe(`${baseURL}/articles/fixture-hostile/p/t-h1`);
});

test('the article share control is named by the words it shows, and copies the headline with the address', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoHydrated(page, SEED_PATH);
  const button = page.getByRole('button', { name: 'مشاركة المقال بنسخ عنوانه ورابطه' });
  await expect(button).toHaveText('مشاركة المقال');
  await button.click();
  await expect(page.getByRole('status').filter({ hasText: 'تم نسخ عنوان المقال ورابطه' })).toBeVisible();
  const headline = await page.getByRole('heading', { level: 1 }).innerText();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`«${headline}»\n${baseURL}${SEED_PATH}`);
});

test('the share control is reachable with Tab and shows on focus', async ({ page }) => {
  await page.goto(SEED_PATH);
  const first = page.getByRole('button', { name: 'نسخ الفقرة ورابطها' }).first();
  await first.focus();
  await expect(first).toBeFocused();
  // The actions fade in (a short transition): wait for it to end.
  await expect.poll(() => first.evaluate((button) => getComputedStyle(button.parentElement!.parentElement!).opacity)).toBe('1');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
});

test('when the clipboard is refused the link is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  await page.goto(SEED_PATH);
  await paragraphs(page).first().hover();
  await page.getByRole('button', { name: 'نسخ الفقرة ورابطها' }).first().click();
  const field = page.getByRole('textbox', { name: 'تعذّر النسخ تلقائيًا. هذا هو الرابط، انسخه يدويًا:' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(new RegExp(`${SEED_PATH}/p/p-r4kx$`));
});

test('opening a paragraph link scrolls to it, highlights it and focuses it @mobile', async ({ page }) => {
  await page.goto(`${SEED_PATH}#p-d5xm`);
  const target = page.locator('#p-d5xm');
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  await expect(page.locator('[data-target="true"]')).toHaveCount(1);
  await expect(page.locator('[data-target="true"] #p-d5xm')).toHaveCount(1);
  // Mid-article (the page can scroll the block to the top), the way back to the top just above
  // the block is in sight whole.
  for (const id of ['p-h3zb', 't-j5wc']) {
    await page.goto(`${SEED_PATH}#${id}`);
    await expect(page.locator(`#${id}`)).toBeFocused();
    await expect(page.getByRole('link', { name: 'اقرأ المقال من بدايته' })).toBeInViewport({ ratio: 1 });
  }
});

test('a paragraph link works together with a tag filter that would hide it', async ({ page }) => {
  await page.goto(`${SEED_PATH}?tag=${encodeURIComponent('سوريا')}#p-q8tn`);
  await expect(page.locator('#p-q8tn')).toBeVisible();
  await expect(page.locator('#p-q8tn')).toBeFocused();
  await expect(page.getByRole('article', { name: 'تغريدة من Mourad*' })).toBeHidden();
});

test('an unknown paragraph id opens the article at the top with a notice', async ({ page }) => {
  await page.goto(`${SEED_PATH}#p-gone`);
  const notice = page.getByRole('status').filter({ hasText: 'لم نعثر على الفقرة المطلوبة' });
  await expect(notice).toBeVisible();
  await expect(notice).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a share link to a block an edit removed leads to its article with the same notice; one to no article stays not found', async ({ page, watch }) => {
  watch.allowConsole(/404 \(Not Found\)/);
  const response = await page.goto(`${SEED_PATH}/p/p-gone`);
  expect(response?.status()).toBe(404);
  await expect(page).toHaveURL(`${SEED_PATH}#p-gone`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^استعادت قوات الجيش السوري/);
  await expect(page.getByRole('status').filter({ hasText: 'لم نعثر على الفقرة المطلوبة' })).toBeVisible();
  await page.goto('/articles/no-such-article/p/p-gone');
  await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible();
  await expect(page).toHaveURL('/articles/no-such-article/p/p-gone');
});

test('client navigation and Back/Forward land on the linked paragraph again', async ({ page }) => {
  // Hydrated first: a popstate before the app listens is not a client navigation.
  await gotoHydrated(page, SEED_PATH);
  await page.evaluate(() => {
    window.history.pushState({}, '', '#p-k2ua');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.locator('#p-k2ua')).toBeFocused();
  await page.evaluate(() => {
    window.history.pushState({}, '', '#p-r4kx');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.locator('#p-r4kx')).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/#p-k2ua$/);
  await expect(page.locator('#p-k2ua')).toBeFocused();
  await expect(page.locator('#p-k2ua')).toBeInViewport();
});

test('a text fragment link made by a browser still lands on its words', async ({ page }) => {
  await page.goto(`${SEED_PATH}#:~:text=${encodeURIComponent('مقتل العشرات')}`);
  await expect(page.locator('#p-c7fy')).toBeInViewport();
  await expect(page.getByRole('status').filter({ hasText: 'لم نعثر' })).toHaveCount(0);
});

test('on a phone the share button opens the share sheet with the title, the text and the share address @mobile', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    Object.defineProperty(window, '__shares', { value: calls });
    Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (calls.push(data), Promise.resolve()) });
  });
  await page.goto(SEED_PATH);
  const button = page.getByRole('button', { name: 'مشاركة الفقرة' }).nth(2);
  await expect(button).toBeVisible();
  const box = await button.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(44);
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await button.click();
  const shares = await page.evaluate(() => (window as unknown as { __shares: ShareData[] }).__shares);
  expect(shares).toHaveLength(1);
  expect(shares[0]!.url).toBe(`${baseURL}${SEED_PATH}/p/p-q8tn`);
  expect(shares[0]!.title).toBe('استعادت قوات الجيش السوري السيطرة على مدينة دير الزور شرقي سوريا');
  // The whole paragraph, as a copy gives it: no preview's cut and «…».
  const paragraph = (await page.locator('#p-q8tn').innerText()).replace(/\s+/gu, ' ').trim();
  expect(shares[0]!.text).toBe(`«${paragraph}»`);
});
