import { test, expect, gotoHydrated, SEED_PATH } from './fixtures.ts';

test('both seed tweets are cards with name, handle, Arabic date and links @mobile', async ({ page }, testInfo) => {
  await page.goto(SEED_PATH);
  const reema = page.getByRole('article', { name: 'تغريدة من ريما' });
  const mourad = page.getByRole('article', { name: 'تغريدة من Mourad*' });
  await expect(reema).toBeVisible();
  await expect(mourad).toBeVisible();

  for (const [card, handle] of [
    [reema, 'Reema_Rashid11'],
    [mourad, 'Almelden2017'],
  ] as const) {
    // Read where a reader reads it.
    await card.scrollIntoViewIfNeeded();
    const profile = card.getByRole('link', { name: `حساب @${handle} على X` });
    await expect(profile).toHaveAttribute('href', `https://x.com/${handle}`);
    await expect(profile).toHaveAttribute('rel', /noopener/);
    await expect(profile.locator('bdi')).toHaveAttribute('dir', 'ltr');
    await expect(profile).toHaveText(`@${handle}`);
    const date = card.locator('time');
    await expect(date).toHaveAttribute('datetime', '2017-11-03');
    await expect(date).toHaveText('٣ تشرين الثاني/نوفمبر ٢٠١٧', { useInnerText: true });
    await expect(card.getByRole('link', { name: /^صورة مرفقة على X: pic\.twitter\.com\// })).toHaveAttribute('href', /^https:\/\/pic\.twitter\.com\//);
    // The seed names no tweet's address: the handle is the one way to the account, not two.
    await expect(card.locator(`a[href="https://x.com/${handle}"]`)).toHaveCount(1);
    await expect(card.getByRole('link', { name: /^عرض .* على X$/ })).toHaveCount(0);
  }

  // Line breaks of the tweet are kept: three lines each.
  await expect(reema.locator('blockquote p')).toHaveCount(3);
  await expect(reema.locator('blockquote')).toHaveAttribute('dir', 'rtl');
  await expect(reema.locator('blockquote')).toHaveAttribute('lang', 'ar');
  await expect(reema.getByRole('link', { name: '#سوريا' })).toBeVisible();

  // Private and static: no iframe, no script but our own, no image from anyone.
  await expect(page.locator('iframe')).toHaveCount(0);
  const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src') ?? ''));
  expect(scripts.every((src) => src.startsWith('/') && !src.startsWith('//'))).toBe(true);
  await expect(page.locator('img')).toHaveCount(0);

  await testInfo.attach(`tweet-cards-${testInfo.project.name}`, {
    body: await reema.screenshot(),
    contentType: 'image/png',
  });
  await page.screenshot({ path: testInfo.outputPath(`tweet-cards-${testInfo.project.name}.png`), fullPage: true });
});

test('the handle reads @handle with the @ before it, not after', async ({ page }) => {
  await page.goto(SEED_PATH);
  const handle = page.getByRole('link', { name: 'حساب @Reema_Rashid11 على X' });
  // With the handle isolated left to right, the @ renders at the left edge of the handle.
  const box = await handle.evaluate((link) => {
    const text = link.querySelector('bdi')?.firstChild;
    if (!text) return null;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const at = range.getBoundingClientRect();
    range.setStart(text, 1);
    range.setEnd(text, text.textContent?.length ?? 1);
    const rest = range.getBoundingClientRect();
    return { atRight: at.right, restLeft: rest.left };
  });
  expect(box).not.toBeNull();
  expect(box!.atRight).toBeLessThanOrEqual(box!.restLeft + 1);
});

test('on a phone at the largest text size, glued hashtags end a line between tags, never inside a word', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('sahifa:settings', JSON.stringify({ textSize: 5 })));
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [SEED_PATH, `/tags/${encodeURIComponent('دير_الزور')}`]) {
    await gotoHydrated(page, path);
    await page.evaluate(() => document.fonts.ready);
    // Every line of the page that ends between two Arabic letters: a word cut in two.
    const cuts = await page.evaluate(() => {
      const cut: string[] = [];
      const arabicLetter = /^(?=\p{L})\p{Script=Arabic}$/u;
      let block: Element | null = null;
      const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      let previous: { top: number; char: string; text: string } | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
          // A line the text itself ends (a tweet's line break) is no cut.
          if (node.localName === 'br') previous = null;
          continue;
        }
        const text = node.textContent ?? '';
        // Letters run on from the text before only through a tag's link, a mark or an isolate:
        // any other element between them (a chip, a label) is a word boundary.
        const parent = node.parentElement;
        const inWord = (element: Element | null) => element?.matches('a[data-tag-link], mark, bdi') ?? false;
        const blockOf = (element: Element | null) => element?.closest('p, li, h1, h2, h3, blockquote, div') ?? null;
        if (blockOf(parent) !== blockOf(block) || (parent !== block && !inWord(parent) && !inWord(block))) previous = null;
        block = parent;
        for (let i = 0; i < text.length; i += 1) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getBoundingClientRect();
          const char = text[i] ?? '';
          // A space or line break that takes no room where a line ends still parts two words.
          if (rect.height === 0) {
            if (previous) previous = { top: previous.top, char, text: previous.text };
            continue;
          }
          if (previous && rect.top > previous.top + rect.height / 2 && arabicLetter.test(previous.char) && arabicLetter.test(char)) {
            cut.push(`${previous.text.slice(-12)}|${text.slice(i, i + 12)}`);
          }
          previous = { top: rect.top, char, text: text.slice(0, i + 1) };
        }
      }
      return cut;
    });
    expect(cuts, path).toEqual([]);
  }
});

test('on a phone every control of a tweet card but the tags in its text is at least 24 px each way @mobile', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await gotoHydrated(page, SEED_PATH);
  const controls = page.locator('article[data-block="tweet"]').locator('a, button').filter({ visible: true });
  const count = await controls.count();
  expect(count).toBeGreaterThan(4);
  for (let i = 0; i < count; i += 1) {
    const control = controls.nth(i);
    if (await control.evaluate((element) => element.matches('a[data-tag-link]'))) continue;
    const box = await control.boundingBox();
    const name = (await control.getAttribute('aria-label')) ?? (await control.innerText());
    expect(box && Math.min(box.width, box.height), name).toBeGreaterThanOrEqual(24);
  }
});

test('a tweet whose address is known links to it, a full-size target beside the share control @mobile', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await gotoHydrated(page, '/articles/fixture-tags');
  const card = page.locator('article#t-m0');
  await card.scrollIntoViewIfNeeded();
  const status = card.getByRole('link', { name: 'عرض التغريدة على X' });
  await expect(status).toHaveAttribute('href', 'https://x.com/fixture_tags_0/status/930000000000000001');
  await expect(status).toHaveAttribute('rel', /noopener/);
  expect((await status.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  // The account stays one link away, by its handle.
  await expect(card.getByRole('link', { name: 'حساب @fixture_tags_0 على X' })).toHaveAttribute('href', 'https://x.com/fixture_tags_0');
  // A card of the same article without an address has no such link.
  await expect(page.locator('article#t-m1').getByRole('link', { name: /^عرض .* على X$/ })).toHaveCount(0);
});
