import { test, expect, gotoHydrated, holdBack, holdTheApp, SEED_PATH } from './fixtures.ts';

test('closed, the settings give focus back to their button, though Tab moved it while their code was on its way', async ({ page }) => {
  await gotoHydrated(page, SEED_PATH);
  const release = await holdBack(page, /\/assets\/settings-panel-[\w-]+\.js$/);
  const button = page.getByRole('button', { name: 'إعدادات القراءة' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await page.keyboard.press('Tab');
  await expect(button).not.toBeFocused();
  release();
  const dialog = page.getByRole('dialog', { name: 'إعدادات القراءة' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('settings persist across reloads and apply before the app starts (no flash)', async ({ page }) => {
  await page.goto(SEED_PATH);
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
  const dialog = page.getByRole('dialog', { name: 'إعدادات القراءة' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'داكن' }).check();
  await dialog.getByRole('radio', { name: 'الأكبر' }).check();
  await dialog.getByRole('radio', { name: 'غربية 123' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'إعدادات القراءة' })).toBeFocused();

  // Hold the app's script back: what shows before it runs is the static page plus the boot script.
  const release = await holdTheApp(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '5');
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(20, 22, 26)');
  const size = await page.locator('#p-r4kx').evaluate((element) => getComputedStyle(element).fontSize);
  expect(size).toBe('24px');
  await expect(page.locator('main article time').first()).toHaveText(/3 تشرين الثاني\/نوفمبر 2017/, { useInnerText: true });
  release();
  await expect(page.locator('#p-r4kx')).toBeVisible();
});

test('the digit style changes every number and date the app formats', async ({ page }) => {
  await page.goto(SEED_PATH);
  const tweetDate = page.getByRole('article', { name: 'تغريدة من ريما' }).locator('time');
  await expect(tweetDate).toHaveText('٣ تشرين الثاني/نوفمبر ٢٠١٧', { useInnerText: true });
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
  await page.getByRole('radio', { name: 'غربية 123' }).check();
  await page.keyboard.press('Escape');
  await expect(tweetDate).toHaveText('3 تشرين الثاني/نوفمبر 2017', { useInnerText: true });
  const tags = page.getByRole('navigation', { name: 'وسوم المقال' });
  await expect(tags).not.toContainText(/[٠-٩]/, { useInnerText: true });
  await tags.getByRole('link', { name: '#سوريا' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'يظهر' })).toHaveText('يظهر ما يحمل الوسم \u2068#سوريا\u2069 أو يذكره: 3 مقاطع من 10.');
  const main = await page.locator('main').innerText();
  expect(main).not.toMatch(/[٠-٩]/);
  // The tab's title too.
  await page.goto('/tags/page/2');
  await expect(page).toHaveTitle('الوسوم — الصفحة 2 — صحيفة');
});

test('reset brings the defaults back, and the reading time is stated', async ({ page }) => {
  await page.goto(SEED_PATH);
  await expect(page.locator('main article header li').filter({ hasText: 'وقت القراءة' }).first()).toHaveText('وقت القراءة نحو دقيقتين');
  // How it is worked out, with what is known of the date and the headline, behind «عن هذا المقال».
  await page.getByText('عن هذا المقال').click();
  await expect(page.getByText(/^وقت القراءة نحو دقيقتين، بمعدل ١٣٨\sكلمةً في الدقيقة للقارئ بالعربية\.$/)).toBeVisible();
  await expect(page.getByText('المصدر لا يذكر تاريخ النشر؛ استُنتج من تاريخ التغريدتين المضمّنتين (3 novembre 2017).')).toBeVisible();
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
  await page.getByRole('radio', { name: 'ورقي' }).check();
  await page.getByRole('radio', { name: 'عريض' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await page.getByRole('button', { name: 'استعادة الإعدادات الافتراضية' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await expect(page.locator('html')).toHaveAttribute('data-line-width', 'medium');
  await expect(page.getByRole('radio', { name: 'حسب إعدادات الجهاز' })).toBeChecked();
});

test('the reading progress bar follows the scroll without taking focus or speaking', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 600 });
  await page.goto(SEED_PATH);
  const bar = page.locator('[data-reading-progress]');
  await expect(bar.locator('xpath=..')).toHaveAttribute('aria-hidden', 'true');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(async () => bar.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(380);
});

test('printing gives the article, its tweets, numbered notes and its sources, without controls @mobile', async ({ page }) => {
  await page.goto(SEED_PATH);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#p-r4kx')).toBeVisible();
  await expect(page.getByRole('article', { name: 'تغريدة من ريما' })).toBeVisible();
  // The sources and the notes, on a phone as on a desktop (where the sidebar or the drawer would be).
  const endnotes = page.getByRole('region', { name: 'الإحالات' });
  await expect(endnotes).toBeVisible();
  await expect(endnotes.locator('ol').getByRole('listitem')).toHaveCount(5);
  await expect(endnotes).toContainText('sana.sy');
  await expect(endnotes).toContainText('@Almelden2017');
  // A source's handle stands apart from its name (to its left, in this right-to-left line).
  const withHandle = endnotes.getByRole('listitem').filter({ hasText: '@Almelden2017' });
  const name = await withHandle.locator('strong').boundingBox();
  const handle = await withHandle.getByText('@Almelden2017', { exact: true }).boundingBox();
  expect(name && handle && name.x - (handle.x + handle.width)).toBeGreaterThanOrEqual(2);
  await expect(page.locator('#cite-sana-liberated')).toHaveCSS('text-decoration-line', 'none');
  // Tweets print their words, not the avatars' empty circles.
  await expect(page.getByRole('article', { name: 'تغريدة من ريما' }).locator('[aria-hidden="true"]').first()).toBeHidden();
  // A tweet's picture is its address on paper, where «صورة مرفقة على X» would be a control to nowhere.
  const reema = page.getByRole('article', { name: 'تغريدة من ريما' });
  await expect(reema.getByText('pic.twitter.com/TCT7kYPGYm', { exact: true })).toBeVisible();
  await expect(reema.getByText('صورة مرفقة على X', { exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'إعدادات القراءة' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'نسخ الفقرة ورابطها' }).first()).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'وسوم المقال' })).toBeHidden();
  // Paper says where the article is; the screen does not.
  const href = new URL(SEED_PATH, page.url()).href;
  const address = page.getByText(new RegExp(`^رابط المقال:\\s*${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
  await expect(address).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(address).toBeHidden();
  await expect(reema.getByText('صورة مرفقة على X', { exact: true })).toBeVisible();
  await expect(reema.getByText('pic.twitter.com/TCT7kYPGYm', { exact: true })).toBeHidden();
});

test('in print a note\'s number stays on the line of the words it notes, at any width', async ({ page }) => {
  await gotoHydrated(page, SEED_PATH);
  await page.emulateMedia({ media: 'print' });
  for (let width = 320; width <= 800; width += 6) {
    await page.setViewportSize({ width, height: 900 });
    // The last line box of each citation (where its number is drawn) holds its last letter too.
    const alone = await page.locator('main [id^="cite-"]').evaluateAll((citations) =>
      citations.flatMap((citation) => {
        const boxes = [...citation.getClientRects()];
        const walker = document.createTreeWalker(citation, NodeFilter.SHOW_TEXT);
        let last: Text | null = null;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node instanceof Text && node.data.trim() !== '') last = node;
        const lastBox = boxes.at(-1);
        if (!last || !lastBox) return [];
        const range = document.createRange();
        range.setStart(last, last.data.trimEnd().length - 1);
        range.setEnd(last, last.data.trimEnd().length);
        const letter = range.getBoundingClientRect();
        return Math.abs(letter.top - lastBox.top) > lastBox.height / 2 ? [citation.id] : [];
      }),
    );
    expect(alone, `${width} px`).toEqual([]);
  }
});

test('a filtered page prints what the filter shows and says which filter, without the tag controls', async ({ page }) => {
  await page.goto(`${SEED_PATH}?tag=${encodeURIComponent('سوريا')}`);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  const status = page.getByRole('status').filter({ hasText: 'يحمل الوسم \u2068#سوريا' });
  await expect(status).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(status).toBeVisible();
  await expect(page.getByRole('heading', { name: 'وسوم المقال' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'إظهار المقال كاملًا' })).toBeHidden();
  await expect(page.getByRole('article', { name: 'تغريدة من Mourad*' })).toBeHidden();
  await expect(page.getByText('أُخفي هنا', { exact: false }).first()).toBeVisible();
  // No paragraph printed here cites a source: no numbered notes, the sources still listed.
  await expect(page.getByRole('heading', { name: 'الإحالات' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'المصادر المذكورة في المقال' })).toBeVisible();
  // Where some do, the notes printed are theirs, each under its number in the text.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${SEED_PATH}?tag=${encodeURIComponent('دير_الزور')}`);
  await expect(page.getByRole('status').filter({ hasText: 'يحمل الوسم' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const cited = page.locator('main [id^="cite-"]').filter({ visible: true });
  const shown = await cited.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(5);
  const notes = page.getByRole('region', { name: 'الإحالات' }).locator('ol > li');
  await expect(notes).toHaveCount(shown);
  for (let i = 0; i < shown; i += 1) {
    await expect(notes.nth(i)).toHaveAttribute('value', (await cited.nth(i).getAttribute('data-note-latn')) ?? '');
  }
});

test('when storage is full the latest choice still applies, and the panel says it is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('sahifa:settings', JSON.stringify({ theme: 'light', textSize: 2 }));
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(SEED_PATH);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
  const dialog = page.getByRole('dialog', { name: 'إعدادات القراءة' });
  await dialog.getByRole('radio', { name: 'داكن' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(dialog.getByRole('radio', { name: 'داكن' })).toBeChecked();
  await expect(dialog.getByRole('status')).toHaveText(/تعذّر حفظ اختيارك على هذا الجهاز/);
  await dialog.getByRole('radio', { name: 'الأكبر' }).check();
  await expect(page.locator('#p-r4kx')).toHaveCSS('font-size', '24px');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a choice made in another tab applies here, and so does that tab removing or clearing what was stored', async ({ page, context }) => {
  await page.goto(SEED_PATH);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  const other = await context.newPage();
  await other.goto(SEED_PATH);
  await other.getByRole('button', { name: 'إعدادات القراءة' }).click();
  await other.getByRole('radio', { name: 'داكن' }).check();
  await other.getByRole('radio', { name: 'الأكبر' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('#p-r4kx')).toHaveCSS('font-size', '24px');

  await other.evaluate(() => localStorage.removeItem('sahifa:settings'));
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '2');
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
  const dialog = page.getByRole('dialog', { name: 'إعدادات القراءة' });
  await expect(dialog.getByRole('radio', { name: 'حسب إعدادات الجهاز' })).toBeChecked();
  await page.keyboard.press('Escape');

  await other.getByRole('radio', { name: 'ورقي' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await other.evaluate(() => localStorage.clear());
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await other.close();
});

test('on a slow line the settings button shows it is at work until the panel opens, and a second press opens one panel', async ({ page }) => {
  await gotoHydrated(page, SEED_PATH);
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let requests = 0;
  await page.route(/\/assets\/settings-panel-[\w-]+\.js$/, async (route) => {
    requests += 1;
    await released;
    await route.continue();
  });
  const button = page.getByRole('button', { name: 'إعدادات القراءة' });
  await button.click();
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await expect(button).toHaveCSS('cursor', 'progress');
  await button.click();
  release();
  const dialog = page.getByRole('dialog', { name: 'إعدادات القراءة' });
  await expect(dialog).toBeVisible();
  await expect(button).not.toHaveAttribute('aria-busy', /.*/);
  await expect(page.getByRole('dialog')).toHaveCount(1);
  expect(requests).toBe(1);
});
