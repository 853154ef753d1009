/**
 * One rule for addresses (issue #16, src/lib/addresses.ts): whatever form of an address a reader
 * types or a host serves, the server answers with the page the rule names, with the right
 * status, and the browser hydrates that same page: no hydration error, no DOM thrown away, the
 * address made canonical.
 */
import { test, expect, holdTheApp, SEED_PATH } from './fixtures.ts';

/** `then`: the heading once the app has taken the reader on to the page the address meant. */
type Case = { readonly url: string; readonly status: number; readonly heading: RegExp; readonly finalPath: string; readonly then?: RegExp };

const ARTICLE = /^استعادت قوات الجيش السوري/;
const LIST = /^المقالات$/;
const NOT_FOUND = /^الصفحة غير موجودة$/;

const CASES: Case[] = [
  { url: '/', status: 200, heading: LIST, finalPath: '/' },
  { url: '/index.html', status: 200, heading: LIST, finalPath: '/' },
  { url: '/index', status: 200, heading: LIST, finalPath: '/' },
  { url: SEED_PATH, status: 200, heading: ARTICLE, finalPath: SEED_PATH },
  { url: `${SEED_PATH}/`, status: 200, heading: ARTICLE, finalPath: SEED_PATH },
  { url: `${SEED_PATH}/index.html`, status: 200, heading: ARTICLE, finalPath: SEED_PATH },
  { url: SEED_PATH.replace('deir', '%64eir'), status: 200, heading: ARTICLE, finalPath: SEED_PATH },
  { url: `${SEED_PATH}?tag=?tag=`, status: 200, heading: ARTICLE, finalPath: SEED_PATH },
  { url: `${SEED_PATH}?%FF="'><img src=x onerror=alert(1)>`, status: 200, heading: ARTICLE, finalPath: SEED_PATH },
  // Other letter case and doubled slashes: the server's 404, then the page they meant.
  { url: SEED_PATH.replace('/articles/', '/Articles/'), status: 404, heading: NOT_FOUND, finalPath: SEED_PATH, then: ARTICLE },
  { url: `${SEED_PATH}//`, status: 404, heading: NOT_FOUND, finalPath: SEED_PATH, then: ARTICLE },
  { url: '/page/1', status: 404, heading: NOT_FOUND, finalPath: '/page/1' },
  { url: '/page/2', status: 404, heading: NOT_FOUND, finalPath: '/page/2' },
  { url: '/articles/no-such-article', status: 404, heading: NOT_FOUND, finalPath: '/articles/no-such-article' },
  { url: '/articles/index.html', status: 404, heading: NOT_FOUND, finalPath: '/articles/index.html' },
];

// In groups that run side by side, each on one page.
const GROUPS = 4;
for (let group = 0; group < GROUPS; group += 1) {
  const cases = CASES.filter((_, index) => index % GROUPS === group);
  test(`forms of addresses, part ${group + 1}: each gives its page with the right status, hydrated without a change`, async ({ page, watch }) => {
    watch.allowConsole(/Failed to load resource: the server responded with a status of 404/);
    for (const { url, status, heading, finalPath, then } of cases) {
      await page.unrouteAll();
      const release = await holdTheApp(page);
      const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
      expect(response?.status(), url).toBe(status);
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1, url).toHaveText(heading);
      // The element the server sent is the one the reader keeps: hydration adopted it.
      await h1.evaluate((element) => element.setAttribute('data-sent', ''));
      release();
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      if (then) {
        await expect(page, url).toHaveURL((address) => address.pathname === finalPath);
        await expect(h1, url).toHaveText(then);
        continue;
      }
      await expect(page.locator('h1[data-sent]'), url).toHaveCount(1);
      expect(new URL(page.url()).pathname, url).toBe(finalPath);
    }
  });
}

test('the query and fragment of the address survive making it canonical', async ({ page }) => {
  await page.goto(`${SEED_PATH}/index.html?tag=${encodeURIComponent('سوريا')}#p-d5xm`);
  await expect(page).toHaveURL(`${SEED_PATH}?tag=${encodeURIComponent('سوريا')}#p-d5xm`);
  await expect(page.locator('#p-d5xm')).toBeFocused();
  await expect(page.getByRole('article', { name: 'تغريدة من Mourad*' })).toBeHidden();
});

test('an address typed in capitals reaches its article with its query and fragment; an unknown one stays not found', async ({ page, watch }) => {
  watch.allowConsole(/Failed to load resource: the server responded with a status of 404/);
  const tag = encodeURIComponent('سوريا');
  await page.goto(`${SEED_PATH.toUpperCase()}?tag=${tag}#p-d5xm`);
  await expect(page).toHaveURL(`${SEED_PATH}?tag=${tag}#p-d5xm`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE);
  await expect(page.getByRole('article', { name: 'تغريدة من Mourad*' })).toBeHidden();
  // A paragraph's share link in capitals: the article at that paragraph, under the article's title.
  await page.goto(`${SEED_PATH.toUpperCase()}/P/P-D5XM`);
  await expect(page).toHaveURL(`${SEED_PATH}#p-d5xm`);
  await expect(page.locator('#p-d5xm')).toBeFocused();
  await expect(page).toHaveTitle(/^استعادت قوات الجيش السوري/);
  // One whose paragraph an edit split: the paragraph it became, and the notice that says so.
  await page.goto('/ARTICLES/FIXTURE-EDITED/P/P-OLD-SPLIT');
  await expect(page).toHaveURL('/articles/fixture-edited#p-e2');
  await expect(page.locator('#p-e2')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'تغيّر رابط هذه الفقرة' })).toBeVisible();
  // An article that does not exist stays the not-found page, in any case.
  const asked = page.waitForResponse((response) => response.url().endsWith('/data/articles/no-such-article.json'));
  await page.goto('/ARTICLES/NO-SUCH-ARTICLE');
  expect((await asked).status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND);
  expect(new URL(page.url()).pathname).toBe('/ARTICLES/NO-SUCH-ARTICLE');
});

test('a link pasted with what a message leaves after it («.», «،», a direction mark) or a direction mark inside it reaches its page; a share link with no such id reaches the article and says the paragraph was not found', async ({ page, watch }) => {
  watch.allowConsole(/Failed to load resource: the server responded with a status of 404/);
  for (const tail of ['.', '%D8%8C', '%E2%80%8F']) {
    await page.goto(`${SEED_PATH}/p/p-d5xm${tail}`);
    await expect(page, tail).toHaveURL(`${SEED_PATH}#p-d5xm`);
    await expect(page.locator('#p-d5xm'), tail).toBeFocused();
    await page.goto(`${SEED_PATH}#p-d5xm${tail}`);
    await expect(page, tail).toHaveURL(`${SEED_PATH}#p-d5xm`);
    await expect(page.locator('#p-d5xm'), tail).toBeFocused();
    // Nothing was renamed and nothing is missing: no message about it.
    await expect(page.getByRole('status').filter({ hasText: /تغيّر رابط هذه الفقرة|لم نعثر على الفقرة/ })).toHaveCount(0);
  }
  // With segments glued after the paragraph's id.
  await page.goto(`${SEED_PATH}/p/p-d5xm/extra`);
  await expect(page).toHaveURL(`${SEED_PATH}#p-d5xm`);
  await expect(page.locator('#p-d5xm')).toBeFocused();
  // Copied out of right-to-left text, with a direction mark before the slug or the tag.
  for (const invisible of ['%E2%80%8E', '%E2%80%8B']) {
    await page.goto(`/articles/${invisible}${SEED_PATH.split('/').pop() ?? ''}`);
    await expect(page, invisible).toHaveURL(SEED_PATH);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE);
  await page.goto(`/tags/%E2%80%8F${encodeURIComponent('دير_الزور')}`);
  await expect(page).toHaveURL(`/tags/${encodeURIComponent('دير_الزور')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('#دير_الزور');
  await page.goto(`${SEED_PATH}،`);
  await expect(page).toHaveURL(SEED_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE);
  // A share link whose paragraph id is none at all names a paragraph the article lacks: it says so.
  for (const [link, landed] of [[`${SEED_PATH}/p/zzz`, `${SEED_PATH}#zzz`], [`${SEED_PATH}/p/main`, `${SEED_PATH}#main`], [`${SEED_PATH}/p`, SEED_PATH]] as const) {
    await page.goto(link);
    await expect(page, link).toHaveURL(landed);
    await expect(page.getByRole('heading', { level: 1 }), link).toHaveText(ARTICLE);
    await expect(page.getByRole('status').filter({ hasText: 'لم نعثر على الفقرة المطلوبة' }), link).toBeFocused();
    expect(await page.evaluate(() => window.scrollY), link).toBe(0);
  }
});

test('a tag\'s page typed with its «#», with spaces for its underscores or as «/Tags» reaches that page', async ({ page, watch }) => {
  watch.allowConsole(/Failed to load resource: the server responded with a status of 404/);
  const label = encodeURIComponent('دير_الزور');
  for (const typed of [`/tags/${encodeURIComponent('#دير_الزور')}`, `/tags/${encodeURIComponent('دير الزور')}`, `/Tags/${label}`]) {
    await page.goto(typed);
    await expect(page, typed).toHaveURL(`/tags/${label}`);
    await expect(page.getByRole('heading', { level: 1 }), typed).toHaveText('#دير_الزور');
  }
});

test('a tag\'s address typed in another form than its page\'s (no hamza, a Persian «ی», harakat) reaches its page', async ({ page, watch }) => {
  watch.allowConsole(/Failed to load resource: the server responded with a status of 404/);
  for (const [typed, label] of [
    ['الارهاب', 'الإرهاب'],
    ['دیر_الزور', 'دير_الزور'],
    ['الإِرهاب', 'الإرهاب'],
  ] as const) {
    await page.goto(`/tags/${encodeURIComponent(typed)}`);
    await expect(page, typed).toHaveURL(`/tags/${encodeURIComponent(label)}`);
    await expect(page.getByRole('heading', { level: 1 }), typed).toHaveText(`#${label}`);
  }
  // A tag the archive has in no form stays the not-found page.
  await page.goto(`/tags/${encodeURIComponent('لا_وسم_بهذا')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND);
});
