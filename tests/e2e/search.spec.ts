import type { Page } from '@playwright/test';
import { test, expect, gotoHydrated, holdTheApp, SEED_PATH } from './fixtures.ts';

const SEED_HEADLINE = 'استعادت قوات الجيش السوري السيطرة على مدينة دير الزور شرقي سوريا';

function search(page: Page) {
  return page.getByRole('searchbox', { name: 'ابحث في نصوص المقالات وتغريداتها' });
}

async function searchFor(page: Page, query: string): Promise<void> {
  await search(page).fill(query);
  await search(page).press('Enter');
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent(query)}`);
}

test('a search finds the seed article whatever the form of its words: article, «و», hamza, taa marbuta, harakat, tatweel, Persian letter forms', async ({ page }) => {
  await gotoHydrated(page, '/search');
  const status = page.getByRole('main').getByRole('status');
  const results = page.getByRole('main').getByRole('listitem');
  for (const [query, word] of [
    ['الجيش', 'الجيش'],
    ['جيش', 'الجيش'],
    ['الاسلامي', 'الإسلامي'],
    ['مدينه', 'مدينة'],
    ['مَدِينَة', 'مدينة'],
    ['مـديـنة', 'مدينة'],
    // Decomposed, as some keyboards and pasted text write it: alef + combining hamza below.
    ['الا\u0655سلامي', 'الإسلامي'],
    // Persian keheh and yeh, alike to the eye: «کبیر» is «كبير».
    ['کبیر', 'كبير'],
    // The conjunction «و» is no part of the word: «ودمرت», «وصادرت», «ومشفى».
    ['دمرت', 'ودمرت'],
    ['صادرت', 'وصادرت'],
    ['مشفى', 'ومشفى'],
  ] as const) {
    await searchFor(page, query);
    await expect(status, query).toContainText(/(?:نتيجة|نتيجتان|نتائج|نتيجةً) للبحث عن/);
    const seed = results.filter({ hasText: SEED_HEADLINE });
    await expect(seed.first(), query).toBeVisible();
    // The word as written, with or without the article (المدينة for مدينه).
    await expect(seed.locator('blockquote mark').filter({ hasText: new RegExp(`^(?:ال)?${word.replace(/^ال/, '')}`) }).first(), query).toBeVisible();
  }
  // A word that begins with «و» of its own is searched as written: «وكالة» marks «الوكالة» too.
  await searchFor(page, 'وكالة');
  await expect(results.locator('blockquote mark').filter({ hasText: /^الوكالة$/ }).first()).toBeVisible();
});

test('while the app starts, the field shows the address\'s query, no «needs JavaScript» line shows, and what the reader types stays @mobile', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto(`/search?q=${encodeURIComponent('حلب')}`, { waitUntil: 'domcontentloaded' });
  const field = page.getByRole('searchbox');
  await expect(field).toHaveValue('حلب');
  await expect(page.getByText('يعمل البحث في المتصفح بجافاسكريبت')).toBeHidden();
  await field.fill('دير الزور');
  release();
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  // The app has started and searched the address's query; the reader's words are still there.
  await expect(page.getByRole('main').getByRole('status')).toContainText('للبحث عن');
  await expect(field).toHaveValue('دير الزور');
  await field.press('Enter');
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent('دير الزور')}`);
});

test('digits are digits whatever their script: «٣١» finds «31»', async ({ page }) => {
  await gotoHydrated(page, '/search');
  await searchFor(page, 'وسم اختبار ٣١');
  await expect(page).toHaveTitle('البحث عن «\u2068وسم اختبار ٣١\u2069» — صحيفة');
  const results = page.getByRole('main').getByRole('listitem');
  await expect(results.locator('blockquote mark').filter({ hasText: /^31$/ }).first()).toBeVisible();
});

test('numbers are found as numbers: «15» finds «بـ15», «1500» finds «١٬٥٠٠», «3.5» finds «٣٫٥»', async ({ page }) => {
  await gotoHydrated(page, '/search');
  const results = page.getByRole('main').getByRole('listitem');
  for (const [query, marks] of [
    // A query word finds the words it begins, numbers too: «15» the «١٥٠٠» of «١٬٥٠٠».
    ['15', ['بـ15', '١٬٥٠٠']],
    ['1500', ['١٬٥٠٠']],
    ['3.5', ['3.5', '٣٫٥']],
    ['٣٫٥', ['3.5', '٣٫٥']],
    ['3,5', ['3.5', '٣٫٥']],
  ] as const) {
    await searchFor(page, query);
    const found = results.filter({ hasText: 'غرامة بـ15 مليون ليرة' });
    await expect(found, query).toHaveCount(1);
    await expect(found.locator('blockquote mark'), query).toHaveText([...marks]);
  }
});

test('a search for a hashtag leads to its tag\'s page too; one the site has no page for does not', async ({ page, watch }) => {
  await gotoHydrated(page, '/search');
  await searchFor(page, '#الارهاب');
  const tagPage = page.getByRole('main').getByRole('link', { name: 'الوسم \u2068#الإرهاب\u2069 في كل مقالات «صحيفة»' });
  await tagPage.click();
  await expect(page).toHaveURL(`/tags/${encodeURIComponent('الإرهاب')}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('#الإرهاب');

  // The site's file for a tag it has not is not there: the page asked, and offers no link.
  watch.allowConsole(/Failed to load resource: the server responded with a status of 404/);
  await gotoHydrated(page, '/search');
  await searchFor(page, '#لا_يوجد_وسم');
  await expect(page.getByRole('main').getByRole('status')).toContainText('للبحث عن');
  await expect(page.getByRole('main').getByRole('link', { name: /^الوسم / })).toHaveCount(0);
});

test('every result holds the words searched for, marked: none is there for its article\'s headline alone', async ({ page }) => {
  await gotoHydrated(page, '/search');
  const results = page.getByRole('main').getByRole('listitem');
  // Words of the seed's headline that most of its paragraphs do not have.
  const more = page.getByRole('button', { name: 'مزيد من النتائج' });
  for (const query of ['سوريا', 'الجيش']) {
    await searchFor(page, query);
    await expect(results.first(), query).toBeVisible();
    // Every result, the least ranked too (where «السوري» would have matched «سوريا» by its stem).
    while (await more.isVisible()) {
      const shown = await results.count();
      await more.click();
      await expect(results).not.toHaveCount(shown);
    }
    const count = await results.count();
    for (let index = 0; index < count; index += 1) {
      // In its text, or in the name or @handle of the tweet's author.
      await expect(results.nth(index).locator('mark').first(), `${query}, result ${index + 1}`).toBeVisible();
    }
  }
  // A word that only begins like words of the index («سوريات») is in no result: nothing is found.
  await searchFor(page, 'سوريات');
  await expect(page.getByRole('main').getByRole('status')).toContainText('لا نتائج للبحث عن');
  await expect(results).toHaveCount(0);
});

test('a tweet is found by who wrote it: its @handle or its author\'s name, marked where the result names them @mobile', async ({ page }) => {
  await gotoHydrated(page, '/search');
  const results = page.getByRole('main').getByRole('listitem');
  await searchFor(page, '@Almelden2017');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('تغريدة من Mourad* @Almelden2017');
  await expect(results.first().locator('mark')).toHaveText(['Almelden2017']);
  await searchFor(page, 'ريما');
  const reema = results.filter({ hasText: '@Reema_Rashid11' });
  await expect(reema).toHaveCount(1);
  await expect(reema.locator('mark').first()).toHaveText('ريما');
  await expect(reema.getByRole('link', { name: 'اقرأ التغريدة في المقال' })).toHaveAttribute('href', /#t-/);
});

test('a match inside a left-to-right run reads in place: «pic» stays at the start of pic.twitter.com/… @mobile', async ({ page }) => {
  await gotoHydrated(page, '/search');
  await searchFor(page, 'pic');
  const mark = page.getByRole('main').locator('blockquote mark').filter({ hasText: /^pic$/ }).first();
  await expect(mark).toBeVisible();
  // One isolate holds the whole link, the match inside it, at its left end (where a link starts).
  const run = mark.locator('xpath=ancestor::bdi[1]');
  await expect(run).toHaveText(/^pic\.twitter\.com\/\w+$/);
  const [markBox, runBox] = [await mark.boundingBox(), await run.boundingBox()];
  expect(markBox && runBox && Math.abs(markBox.x - runBox.x)).toBeLessThanOrEqual(3);
  // Where the @ of a handle in a result's byline is matched, its ring holds the handle only.
  await searchFor(page, '@Almelden2017');
  const handle = page.getByRole('main').locator('p mark').filter({ hasText: 'Almelden2017' });
  await expect(handle.locator('xpath=ancestor::bdi[1]')).toHaveText('Almelden2017');
});

test('a result leads to its paragraph, by keyboard', async ({ page }) => {
  await gotoHydrated(page, '/search');
  await search(page).focus();
  await page.keyboard.type('السيطرة');
  await page.keyboard.press('Enter');
  const first = page.getByRole('main').getByRole('listitem').filter({ hasText: SEED_HEADLINE }).first();
  const link = first.getByRole('link', { name: 'اقرأ الفقرة في المقال' });
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(new RegExp(`^${SEED_PATH}#p-`));
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href);
  await expect(page.locator(`#${href.split('#')[1] ?? ''}`)).toBeInViewport();
  // Back returns to the search, its query and its results.
  await page.goBack();
  await expect(search(page)).toHaveValue('السيطرة');
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
  // And to the reader's place among many results, with more of them loaded.
  await searchFor(page, 'دير الزور');
  await page.getByRole('button', { name: 'مزيد من النتائج' }).click();
  const twelfth = page.getByRole('main').getByRole('listitem').nth(11);
  await expect(page.getByRole('main').getByRole('listitem').nth(10).getByRole('link')).toBeFocused();
  await twelfth.scrollIntoViewIfNeeded();
  const target = (await twelfth.getByRole('link').getAttribute('href')) ?? '';
  await twelfth.getByRole('link').click();
  await expect(page).toHaveURL(target);
  await page.goBack();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(20);
  await expect(twelfth).toBeInViewport();
});

test('nonsense finds nothing and says so; punctuation, bidi controls and 2,000 characters are handled', async ({ page }) => {
  await gotoHydrated(page, `/search?q=${encodeURIComponent('ظظظقثفغ')}`);
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toHaveText('لا نتائج للبحث عن «\u2068ظظظقثفغ\u2069». جرّب كلمة أخرى، أو تصفّح الوسوم.');
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(0);
  for (const query of ['؟!... ،،', '\u202e\u2067\u200f', 'و']) {
    await gotoHydrated(page, `/search?q=${encodeURIComponent(query)}`);
    await expect(status).toHaveText('اكتب كلمة من حرفين أو أكثر للبحث.');
  }
  // «ال» alone begins nearly every noun: the page says so, and lists nothing.
  await gotoHydrated(page, `/search?q=${encodeURIComponent('ال')}`);
  await expect(status).toHaveText('«ال» وحدها لا يُبحث عنها: تسبق أكثر الأسماء. اكتب الكلمة بعدها.');
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(0);
  await gotoHydrated(page, `/search?q=${encodeURIComponent('سوريا '.repeat(400))}`);
  await expect(status).toContainText('للبحث عن');
  await expect(search(page)).toHaveValue('سوريا '.repeat(400).slice(0, 200));
});

test('without JavaScript the search page offers the tags instead @mobile', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search');
  await search(page).fill('دير');
  await search(page).press('Enter');
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent('دير')}`);
  await expect(page.getByText('يعمل البحث في المتصفح بجافاسكريبت')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'كل الوسوم' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'الوسوم' })).toBeVisible();
  await context.close();
});
