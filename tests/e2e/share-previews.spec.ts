import ogs from 'open-graph-scraper';
import { shareDescription, shareImageAlt } from '../../src/features/sharing/lib/share-card.ts';
import { loadSeed } from '../fixtures/articles.ts';
import { test, expect, SEED_PATH } from './fixtures.ts';

const seed = loadSeed();

/** Width and height from a PNG's header (the IHDR chunk), or null when it is not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every paragraph and tweet previews itself in a chat app: title, its text, its 1200×630 image', async ({ request, baseURL }) => {
  for (const block of [null, ...seed.blocks]) {
    const path = block === null ? SEED_PATH : `${SEED_PATH}/p/${block.id}`;
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    // What a chat app's crawler reads: the HTML as served, no script run.
    const { result } = await ogs({ html });
    expect(result.ogTitle, path).toBe(seed.headline.text);
    expect(result.ogDescription, path).toBe(shareDescription(seed, block));
    // The seed's headline is the start of its lede: the article's preview goes on from it.
    if (block === null) expect(result.ogDescription?.startsWith('…بشكل كامل من تنظيم الدولة الإسلامي')).toBe(true);
    expect(result.ogUrl, path).toBe(`${baseURL}${path}`);
    expect(result.twitterCard, path).toBe('summary_large_image');
    const [image] = result.ogImage ?? [];
    expect(image?.url, path).toMatch(new RegExp(`^${baseURL}/share/[\\w-]+\\.png$`));
    expect({ width: Number(image?.width), height: Number(image?.height), type: image?.type }).toEqual({ width: 1200, height: 630, type: 'image/png' });
    expect(html).toContain(`<meta property="og:image:alt" content="${shareImageAlt(seed, block).replace(/"/g, '&#34;')}" />`);
    // Search engines index the article only.
    expect(html).toContain(`<link rel="canonical" href="${baseURL}${SEED_PATH}" />`);

    const png = await request.get(image?.url ?? '');
    expect(png.headers()['content-type']).toBe('image/png');
    expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
  }
});

test('a shared paragraph opens the article at that paragraph, with and without JavaScript @mobile', async ({ page, browser }) => {
  const id = 'p-h3zb';
  await page.goto(`${SEED_PATH}/p/${id}`);
  await page.waitForURL(`**${SEED_PATH}#${id}`);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  const target = page.locator(`#${id}`);
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();

  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 }, isMobile: true });
  const plain = await context.newPage();
  await plain.goto(`${SEED_PATH}/p/${id}`);
  await plain.waitForURL(`**${SEED_PATH}#${id}`);
  await expect(plain.locator(`#${id}`)).toBeInViewport();
  await context.close();
});

test('while a shared paragraph\'s article is on its way, the reader sees the page in their theme, not unstyled words on white @mobile', async ({ browser }) => {
  for (const [colorScheme, stored, background] of [
    ['dark', null, 'rgb(20, 22, 26)'],
    ['light', 'dark', 'rgb(20, 22, 26)'],
    ['light', 'sepia', 'rgb(244, 236, 216)'],
    ['light', null, 'rgb(253, 252, 249)'],
  ] as const) {
    const context = await browser.newContext({ colorScheme, viewport: { width: 375, height: 740 } });
    if (stored) await context.addInitScript((theme) => localStorage.setItem('sahifa:settings', JSON.stringify({ theme })), stored);
    const page = await context.newPage();
    // The share page as served, but for its refresh: what shows while the article is on its way.
    await page.route(`**${SEED_PATH}/p/p-h3zb`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${SEED_PATH}/p/p-h3zb`);
    const state = `${colorScheme} system, stored ${stored ?? 'nothing'}`;
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), state).toBe(background);
    // A browser that does not follow the refresh shows the way on after a moment.
    await expect(page.getByRole('link', { name: /^اقرأ الفقرة في مقال/ }), state).toBeVisible();
    await context.close();
  }
});

test('a share page of a block that does not exist is not found', async ({ request }) => {
  expect((await request.get(`${SEED_PATH}/p/p-none`)).status()).toBe(404);
});

test('a share link sent before a paragraph was split still previews it and lands where it went', async ({ page, request, baseURL }) => {
  const path = '/articles/fixture-edited/p/p-old-split';
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  const { result } = await ogs({ html: await response.text() });
  expect(result.ogUrl).toBe(`${baseURL}${path}`);
  expect(result.ogImage?.[0]?.url).toMatch(/\/share\/[\w-]+\.png$/);
  await page.goto(path);
  // The article follows the alias to the paragraph it became, and says the link changed.
  await page.waitForURL('**/articles/fixture-edited#p-e2');
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await expect(page.locator('#p-e2')).toBeFocused();
  await expect(page.getByText('تغيّر رابط هذه الفقرة')).toBeVisible();
});
