import { test, expect, gotoHydrated, SEED_PATH } from './fixtures.ts';

const SYRIA = `/tags/${encodeURIComponent('سوريا')}`;

test('a tag across the archive lists the places of two articles, and each link lands on its paragraph @mobile', async ({ page }) => {
  await gotoHydrated(page, SYRIA);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('#سوريا');
  await expect(page).toHaveTitle('الوسم \u2068#سوريا\u2069 — صحيفة');
  await expect(page.getByRole('main').getByText(/^يرد هذا الوسم أو تُذكر كلماته في .*(?:موضع|مواضع).* من .+\.$/).filter({ visible: true })).toHaveCount(1);
  const groups = page.getByRole('main').getByRole('article');
  const headlines = await groups.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(new Set(headlines).size).toBeGreaterThanOrEqual(2);
  // Each group is «في مقال «…»»: the headline quoted.
  for (const headline of headlines) expect(headline).toMatch(/^في مقال «.+»$/su);
  // The matches are marked in each place's text.
  await expect(page.getByRole('main').locator('blockquote mark').first()).toHaveText('سوريا');

  // The seed's places come with the article they are in; the link goes to that paragraph.
  const seed = groups.filter({ has: page.getByRole('link', { name: 'استعادت قوات الجيش السوري السيطرة على مدينة دير الزور شرقي سوريا' }) }).first();
  const read = seed.getByRole('link', { name: 'اقرأ الفقرة في المقال' }).first();
  const href = await read.getAttribute('href');
  expect(href).toMatch(new RegExp(`^${SEED_PATH}#p-[a-z0-9-]+$`));
  await read.click();
  await expect(page).toHaveURL(href ?? '');
  const id = (href ?? '').split('#')[1] ?? '';
  await expect(page.locator(`[data-target="true"] #${id}`)).toHaveCount(1);
  await expect(page.locator(`#${id}`)).toBeInViewport();

  // Another article's place lands in that article.
  await page.goBack();
  const other = groups.filter({ hasNot: page.getByRole('link', { name: 'استعادت قوات الجيش السوري السيطرة على مدينة دير الزور شرقي سوريا' }) }).first();
  const otherLink = other.getByRole('link', { name: /^اقرأ (?:الفقرة|التغريدة) في المقال$/ }).first();
  const otherHref = (await otherLink.getAttribute('href')) ?? '';
  expect(otherHref.startsWith(SEED_PATH)).toBe(false);
  await otherLink.click();
  await expect(page).toHaveURL(otherHref);
  await expect(page.locator(`#${otherHref.split('#')[1] ?? ''}`)).toBeInViewport();
});

test('a tag of many places is paginated, by keyboard, with stable addresses and rel=prev/next', async ({ page }) => {
  await gotoHydrated(page, SYRIA);
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', /\/tags\/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7\/page\/2$/);
  const pagination = page.getByRole('navigation', { name: 'صفحات الوسم' });
  await expect(pagination.getByRole('link', { name: 'الصفحة ١' })).toHaveAttribute('aria-current', 'page');
  // Each page number is a tap target at least as wide as a finger (44 px), not its digit's width.
  for (const link of await pagination.getByRole('link').all()) {
    const box = await link.boundingBox();
    expect(box?.width ?? 0, await link.innerText()).toBeGreaterThanOrEqual(44);
  }
  await pagination.getByRole('link', { name: 'الصفحة التالية' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${SYRIA}/page/2`);
  await expect(page.getByRole('navigation', { name: 'صفحات الوسم' }).getByRole('link', { name: 'الصفحة ٢' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('الوسم \u2068#سوريا\u2069 — الصفحة ٢ — صحيفة');
  await expect(page.getByRole('main').getByText('الصفحة ٢ من ٢.')).toBeVisible();
  // The same page, served as a file, without JavaScript's help.
  const response = await page.request.get(`${SYRIA}/page/2`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('<link rel="prev" href="http://localhost:4180/tags/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7"');
});

test('the index of tags lists every tag with its places, and a tag opens its page @mobile', async ({ page }) => {
  await gotoHydrated(page, '/');
  await page.getByRole('navigation', { name: 'التنقّل الرئيسي' }).getByRole('link', { name: 'الوسوم' }).click();
  await expect(page).toHaveURL('/tags');
  await expect(page.getByRole('heading', { level: 1, name: 'الوسوم' })).toBeVisible();
  const tags = page.getByRole('main').getByRole('listitem');
  // Counted in the words the article's own tag list uses (its chip says «٧ مواضع» too).
  await expect(tags.filter({ hasText: '#دير_الزور' })).toContainText('٧ مواضع في مقال واحد');
  await tags.getByRole('link', { name: '#دير_الزور' }).click();
  await expect(page).toHaveURL(`/tags/${encodeURIComponent('دير_الزور')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('#دير_الزور');
  // The article's own tag list counts the same places in the same word (for screen readers).
  await gotoHydrated(page, SEED_PATH);
  await expect(page.getByRole('navigation', { name: 'وسوم المقال' }).getByRole('listitem').filter({ hasText: '#دير_الزور' })).toContainText('٧ مواضع');
});

test('the index of tags comes a hundred to a page, the most frequent first, with a way to the next page and back', async ({ page }) => {
  // tests/fixtures/content/articles/fixture-tags.json carries 120 tags of its own.
  await gotoHydrated(page, '/tags');
  const main = page.getByRole('main');
  const intro = main.getByRole('paragraph').first();
  await expect(intro).toHaveText(/ في المقالات ١٣١\sوسمًا، أكثرها ورودًا أولًا\. الصفحة\s١\sمن\s٢\.$/, { useInnerText: true });
  const tags = main.getByRole('list').first().getByRole('listitem');
  await expect(tags).toHaveCount(100);
  await expect(tags.first()).toContainText('#سوريا');
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', 'http://localhost:4180/tags/page/2');
  const pagination = page.getByRole('navigation', { name: 'صفحات الوسوم' });
  await expect(pagination.getByRole('link', { name: 'الصفحة ١' })).toHaveAttribute('aria-current', 'page');
  // The header's link is the current page here, and marks the section on its later pages.
  const headerLink = page.getByRole('navigation', { name: 'التنقّل الرئيسي' }).getByRole('link', { name: 'الوسوم' });
  await expect(headerLink).toHaveAttribute('aria-current', 'page');
  await pagination.getByRole('link', { name: 'الصفحة التالية' }).click();
  await expect(page).toHaveURL('/tags/page/2');
  await expect(page).toHaveTitle('الوسوم — الصفحة ٢ — صحيفة');
  await expect(headerLink).toHaveAttribute('aria-current', 'true');
  await expect(tags).toHaveCount(31);
  await expect(intro).toHaveText(/الصفحة\s٢\sمن\s٢\.$/, { useInnerText: true });
  // Tags of as many places come in alphabetical order, numbers by value: the fixture's last ones.
  const labels = await tags.getByRole('link').allInnerTexts();
  expect(labels.slice(0, 11)).toEqual(['#وسم_اختبار_91', ...Array.from({ length: 10 }, (_, i) => `#وسم_اختبار_${92 + i}`)]);
  expect(labels.at(-2)).toBe('#وسم_اختبار_120');
  await tags.getByRole('link', { name: '#وسم_اختبار_120' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('#وسم_اختبار_120');
  await expect(headerLink).not.toHaveAttribute('aria-current');
  await page.goBack();
  await expect(page).toHaveURL('/tags/page/2');
  await page.getByRole('navigation', { name: 'صفحات الوسوم' }).getByRole('link', { name: 'الصفحة السابقة' }).click();
  await expect(page).toHaveURL('/tags');
  // The second page served as a file, and the pages the index does not have.
  const second = await page.request.get('/tags/page/2');
  expect(second.status()).toBe(200);
  expect(await second.text()).toContain('<link rel="prev" href="http://localhost:4180/tags"');
  for (const path of ['/tags/page/1', '/tags/page/3']) expect((await page.request.get(path)).status(), path).toBe(404);
});

test('filtering an article by a tag offers the same tag everywhere in Sahifa', async ({ page }) => {
  await gotoHydrated(page, SEED_PATH);
  await page.getByRole('navigation', { name: 'وسوم المقال' }).getByRole('link', { name: '#سوريا' }).click();
  await expect(page).toHaveURL(`${SEED_PATH}?tag=${encodeURIComponent('سوريا')}`);
  await page.getByRole('link', { name: 'الوسم \u2068#سوريا\u2069 في كل مقالات «صحيفة»' }).click();
  await expect(page).toHaveURL(SYRIA);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('#سوريا');
});

test('a tag that is in no article is the Arabic not-found page, with status 404', async ({ page, watch }) => {
  watch.allowConsole(/404 \(Not Found\)/);
  for (const path of [`/tags/${encodeURIComponent('لا_وسم_بهذا_الاسم')}`, `${SYRIA}/page/9`, `${SYRIA}/page/1`, '/tags/%ZZ']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible();
  }
});

test('the site offers an Atom feed and a sitemap at absolute addresses, and robots.txt names the sitemap', async ({ page, request }) => {
  await page.goto(SEED_PATH);
  const feedLink = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(feedLink).toHaveAttribute('href', 'http://localhost:4180/feed.xml');
  const feed = await request.get('/feed.xml');
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('<id>http://localhost:4180/articles/deir-ez-zor-recaptured</id>');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: http://localhost:4180/sitemap.xml');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('<loc>http://localhost:4180/articles/deir-ez-zor-recaptured</loc>');
  expect(sitemap).toContain(`<loc>http://localhost:4180/tags/${encodeURIComponent('سوريا')}</loc>`);
  expect(sitemap).not.toContain('/p/');
});
