/**
 * What a reader sees (issue #18), measured as a reader would notice it: nothing drawn over the
 * text after a share, the text on the first phone screen, the text size reaching every reading
 * surface, a sources drawer that keeps the reader's place, print with its notes and sources.
 */
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { test, expect, gotoHydrated, holdBack, SEED_PATH } from './fixtures.ts';

/** Whether any of `selectors`' boxes overlaps a line of the text of paragraph `id`. */
function overlapsText(page: Page, id: string, selectors: string) {
  return page.evaluate(
    ({ id, selectors }) => {
      const paragraph = document.getElementById(id);
      if (!paragraph) throw new Error(`no #${id}`);
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const lines = [...range.getClientRects()];
      const boxes = [...document.querySelectorAll(selectors)].filter((element) => element.checkVisibility()).map((element) => element.getBoundingClientRect());
      const meets = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return boxes.some((box) => box.width > 0 && lines.some((line) => meets(box, line)));
    },
    { id, selectors },
  );
}

/** A phone `width` px wide on the seed, going through SANA's claims from the sources' drawer: its bar. */
async function openSanaClaimsBar(page: Page, width: number) {
  await page.setViewportSize({ width, height: 700 });
  await gotoHydrated(page, SEED_PATH);
  await page.getByRole('button', { name: 'المصادر' }).first().click();
  await page.getByRole('dialog', { name: 'المصادر' }).getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' }).click();
  const bar = page.getByRole('region', { name: 'ما نُسب إلى وكالة سانا السورية الرسمية للأنباء' });
  await expect(bar).toBeVisible();
  return bar;
}

test('after a share nothing covers the text, the control stays where it was, and the toast goes', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoHydrated(page, SEED_PATH);
  const paragraph = page.locator('#p-h3zb');
  await paragraph.hover();
  const button = page.locator('#p-h3zb + div').getByRole('button', { name: 'نسخ الفقرة ورابطها' });
  await expect(button).toHaveAttribute('title', 'نسخ الفقرة ورابطها');
  const before = await button.boundingBox();
  await button.click();
  const toast = page.getByRole('status').filter({ hasText: 'تم نسخ الفقرة ورابطها' });
  await expect(toast).toBeVisible();
  expect(await button.boundingBox()).toEqual(before);
  for (const id of ['p-q8tn', 'p-h3zb', 'p-c7fy']) {
    expect(await overlapsText(page, id, '[role="status"] > *, main [role="button"], main dialog'), id).toBe(false);
  }
  // Copied twice: still one toast, then none.
  await button.click();
  await expect(page.locator('[role="status"] > p')).toHaveCount(1);
  await expect(toast).toBeHidden();
});

for (const viewport of [
  { width: 375, height: 800 },
  { width: 320, height: 640 },
]) {
  test(`at ${viewport.width}×${viewport.height} the headline and the start of the text are on the first screen`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(SEED_PATH);
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
    const header = await page.locator('header').first().boundingBox();
    const first = await page.locator('#p-r4kx').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(60);
    // Its first lines at least, not only its top edge.
    expect(first!.y + 60).toBeLessThanOrEqual(viewport.height);
    await context.close();
  });
}

test('the largest text setting reaches the tweets, the tags and the sources', async ({ page }) => {
  await gotoHydrated(page, SEED_PATH);
  const sizes = () =>
    page.evaluate(() => {
      const size = (selector: string) => Number.parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
      return { body: size('#p-r4kx'), tweet: size('[data-block="tweet"] blockquote'), tag: size('nav[aria-labelledby="hashtags-title"] a'), sidebar: size('aside li p') };
    });
  const normal = await sizes();
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
  await page.getByRole('radio', { name: 'الأكبر' }).check();
  await page.keyboard.press('Escape');
  const largest = await sizes();
  expect(largest.body).toBe(24);
  for (const part of ['tweet', 'tag', 'sidebar'] as const) {
    expect(largest[part], part).toBeGreaterThan(normal[part] * 1.25);
    expect(largest[part], part).toBeGreaterThanOrEqual(14);
  }
  // No Arabic under 14 px at the smallest size either.
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
  await page.getByRole('radio', { name: 'صغير' }).check();
  await page.keyboard.press('Escape');
  const smallest = await page.evaluate(() =>
    Math.min(...[...document.querySelectorAll('main *')].filter((element) => element.checkVisibility() && /\p{Script=Arabic}/u.test(element.textContent ?? '')).map((element) => Number.parseFloat(getComputedStyle(element).fontSize))),
  );
  expect(smallest).toBeGreaterThanOrEqual(14);
});

test('on a tablet the article has the width, and the sources are a drawer', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await gotoHydrated(page, SEED_PATH);
  const article = await page.locator('main article').first().boundingBox();
  expect(article!.width).toBeGreaterThan(600);
  await expect(page.getByRole('complementary', { name: 'المصادر' })).toBeHidden();
  await page.getByRole('button', { name: 'المصادر', exact: true }).first().click();
  await expect(page.getByRole('dialog', { name: 'المصادر' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, freshContext: true });

  test('a claim opens the drawer at its source, in view and highlighted; the backdrop closes it', async ({ page }) => {
    await gotoHydrated(page, SEED_PATH);
    await page.locator('#cite-media-dead').tap();
    const drawer = page.getByRole('dialog', { name: 'المصادر' });
    await expect(drawer).toBeVisible();
    const entry = page.locator('#source-matching-media-sources');
    await expect(entry).toHaveAttribute('data-active', 'true');
    await expect(entry).toBeFocused();
    await expect(entry).toBeInViewport({ ratio: 0.9 });
    await expect(drawer.getByRole('button', { name: 'إغلاق المصادر' })).toBeInViewport();
    // Above the drawer, on the backdrop.
    await page.mouse.click(195, 20);
    await expect(drawer).toBeHidden();
  });

  test('from a claim to its source\'s claims and back: the drawer makes way, the bar leads on, back returns to the reading', async ({ page }) => {
    await gotoHydrated(page, SEED_PATH);
    const claim = page.locator('#cite-war-media-districts');
    await claim.scrollIntoViewIfNeeded();
    const reading = await page.evaluate(() => window.scrollY);
    await claim.tap();
    const drawer = page.getByRole('dialog', { name: 'المصادر' });
    await expect(drawer).toBeVisible();
    // By keyboard: focus goes on to the bar's way on, so the next Enter steps on.
    await drawer.getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' }).focus();
    await page.keyboard.press('Enter');
    await expect(drawer).toBeHidden();
    const bar = page.getByRole('region', { name: 'ما نُسب إلى وكالة سانا السورية الرسمية للأنباء' });
    await expect(bar).toBeVisible();
    const next = bar.getByRole('button', { name: 'الموضع التالي' });
    await expect(next).toBeFocused();
    await expect(page.locator('#cite-sana-liberated')).toHaveAttribute('data-current', 'true');
    await expect(page.locator('#cite-sana-liberated')).toBeInViewport();
    // The bar names the source: no «منسوب إلى» bubble covers the lines under the quote.
    const bubble = (selector: string) => page.locator(selector).evaluate((element) => getComputedStyle(element, '::after').content);
    expect(await bubble('#cite-sana-liberated')).toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.locator('#cite-sana-hamidiya')).toHaveAttribute('data-current', 'true');
    await expect(next).toBeFocused();
    await expect(bar).toContainText('الموضع ٢ من ٢');
    // The same source chosen again from the drawer: back to its first claim, focus in the bar again.
    await page.getByRole('button', { name: 'المصادر' }).first().click();
    await drawer.getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' }).click();
    await expect(drawer).toBeHidden();
    await expect(page.locator('#cite-sana-liberated')).toHaveAttribute('data-current', 'true');
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#cite-sana-hamidiya')).toHaveAttribute('data-current', 'true');
    await expect(page.locator('#cite-sana-hamidiya')).toBeInViewport();
    expect(await overlapsText(page, 'p-m2vd', '[role="region"][aria-label^="ما نُسب"]')).toBe(false);
    await bar.getByRole('button', { name: 'العودة إلى موضع القراءة' }).click();
    await expect(bar).toBeHidden();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(reading);
  });

  test('a message shown while the claims bar is up is drawn above it, at 390 and 320 px', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    for (const width of [390, 320]) {
      const bar = await openSanaClaimsBar(page, width);
      await page.locator('#p-r4kx').locator('xpath=..').getByRole('button', { name: 'نسخ الفقرة ورابطها' }).click();
      const toast = page.getByRole('status').filter({ hasText: 'تم نسخ' }).locator('p');
      await expect(toast).toBeVisible();
      const [message, foot] = [await toast.boundingBox(), await bar.boundingBox()];
      if (!message || !foot) throw new Error('no box for the message or the bar');
      expect(message.y + message.height, `at ${width} px`).toBeLessThanOrEqual(foot.y);
      await expect(toast).toBeInViewport({ ratio: 1 });
    }
  });

  test('closing the claims bar leaves focus on the claim it was at, not on the page', async ({ page }) => {
    const bar = await openSanaClaimsBar(page, 390);
    await bar.getByRole('button', { name: 'الموضع التالي' }).click();
    await expect(page.locator('#cite-sana-hamidiya')).toHaveAttribute('data-current', 'true');
    await bar.getByRole('button', { name: 'إغلاق شريط المواضع' }).press('Enter');
    await expect(bar).toBeHidden();
    await expect(page.locator('#cite-sana-hamidiya')).toBeFocused();
  });

  test('at 320 px and at 390 px each of the claims bar\'s controls is where a tap on it lands, none under another', async ({ page }) => {
    for (const width of [390, 320]) {
      const bar = await openSanaClaimsBar(page, width);
      const missed = await bar.evaluate((region) =>
        [...region.querySelectorAll('button')].flatMap((button) => {
          const box = button.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          const inView = box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
          return inView && hit !== null && button.contains(hit) ? [] : [button.getAttribute('aria-label') ?? button.textContent ?? ''];
        }),
      );
      expect(missed, `at ${width} px`).toEqual([]);
    }
  });

  test('while the claims bar shows, Tab never leaves focus under it, and Escape in it goes back to the reading', async ({ page }) => {
    await gotoHydrated(page, SEED_PATH);
    await page.locator('#p-r4kx').click();
    const reading = await page.evaluate(() => window.scrollY);
    await page.getByRole('button', { name: 'المصادر' }).first().click();
    const drawer = page.getByRole('dialog', { name: 'المصادر' });
    await drawer.getByRole('button', { name: 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه' }).click();
    const bar = page.getByRole('region', { name: 'ما نُسب إلى وكالة سانا السورية الرسمية للأنباء' });
    await expect(bar).toBeVisible();
    await expect(bar.getByRole('button', { name: 'الموضع التالي' })).toBeFocused();
    // From the quote, on through the text.
    await page.locator('#cite-sana-liberated').focus();
    const barTop = (await bar.boundingBox())?.y ?? 0;
    for (let step = 0; step < 30; step += 1) {
      await page.keyboard.press('Tab');
      const covered = await page.evaluate((top) => {
        const focused = document.activeElement;
        if (!(focused instanceof HTMLElement) || focused.closest('[role="region"][aria-label^="ما نُسب"]')) return null;
        const box = focused.getBoundingClientRect();
        return box.bottom > top + 1 ? `${focused.tagName} ${focused.textContent?.slice(0, 30)}` : null;
      }, barTop);
      expect(covered, `Tab ${step + 1}`).toBeNull();
    }
    await bar.getByRole('button', { name: 'العودة إلى موضع القراءة' }).focus();
    await page.keyboard.press('Escape');
    await expect(bar).toBeHidden();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(reading);
    // Focus is back in the reading, not lost: the next Tab goes on from there, not from the top.
    await expect(page.locator('main [data-block]:focus')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(page.locator('main :focus')).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'انتقل إلى المحتوى' })).not.toBeFocused();
  });

  test('a claim reached with Tab says in a bubble whom it is attributed to', async ({ page }) => {
    await gotoHydrated(page, SEED_PATH);
    const claim = page.locator('#cite-sana-liberated');
    await claim.scrollIntoViewIfNeeded();
    await page.locator('#p-r4kx').click();
    for (let step = 0; step < 40 && !(await claim.evaluate((element) => element === document.activeElement)); step += 1) await page.keyboard.press('Tab');
    await expect(claim).toBeFocused();
    expect(await claim.evaluate((element) => getComputedStyle(element, '::after').content)).toBe('"منسوب إلى: وكالة سانا السورية الرسمية للأنباء"');
  });

  test('a shared paragraph has a way to the article\'s start', async ({ page }) => {
    await page.goto(`${SEED_PATH}#p-d5xm`);
    await expect(page.locator('#p-d5xm')).toBeFocused();
    const fromStart = page.getByRole('link', { name: 'اقرأ المقال من بدايته' });
    await expect(fromStart).toBeInViewport();
    await fromStart.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    // Focus goes there too: the next Tab goes on from the article's start, not from the paragraph.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
});

test('a printed article (PDF) carries every source and a numbered note for every citation', async ({ page }) => {
  await gotoHydrated(page, SEED_PATH);
  const pdf = await page.pdf({ format: 'A4' });
  const document = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  }
  const glyphs = text.replace(/\s+/g, '');
  // Arabic comes out of a PDF as shaped glyphs, not letters: what can be read back is checked
  // here (the Latin names and accounts, the site, the notes' numbers), the rest in the print view.
  for (const expected of ['sana.sy', '@Reema_Rashid11', '@Almelden2017', 'Mourad*']) expect(text).toContain(expected);
  // And where the article is, for whoever holds the paper.
  expect(glyphs).toContain(new URL(SEED_PATH, page.url()).href);
  for (const note of ['١', '٢', '٣', '٤', '٥']) expect(glyphs).toContain(`[${note}]`);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('main').innerText();
  for (const name of ['وكالة سانا السورية الرسمية للأنباء', 'مصادر عسكرية', 'الإعلام الحربي التابع للنظام السوري', 'مصادر إعلامية متطابقة', 'ريما']) {
    expect(printed).toContain(name);
  }
  expect(printed.match(/«[^»]+» — /g)).toHaveLength(5);
});

test('the list shows each article with its opening, its date marked as inferred, and its reading time', async ({ page }) => {
  await gotoHydrated(page, '/');
  const seed = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^استعادت قوات الجيش السوري/ }) });
  await expect(seed).toContainText('التاريخ المرجَّح: ٣ تشرين الثاني/نوفمبر ٢٠١٧');
  await expect(seed).toContainText('وقت القراءة نحو دقيقتين');
  // The headline is the lede's first words: the opening goes on from them, never says them again.
  await expect(seed.getByRole('paragraph')).toHaveText(/^…بشكل كامل من تنظيم الدولة الإسلامي/);
  await expect(seed.getByRole('paragraph')).not.toContainText('استعادت قوات الجيش');
  // An article without a date says so, after the dated ones.
  const items = page.locator('main section > ul > li');
  await expect(items.last()).toContainText('بلا تاريخ: المصدر لا يذكره');
});

test('the facts under the headline have a rule between two, never before one that starts a line', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await gotoHydrated(page, SEED_PATH);
  const facts = page.locator('main header ul').first();
  await expect(facts.getByRole('listitem')).toHaveCount(3);
  // For each fact, its line (top) and whether its rule, at its start edge (the right, in
  // right-to-left text), lies inside the list's box, where it shows.
  const rules = () =>
    facts.evaluate((list) => {
      const box = list.getBoundingClientRect();
      return [...list.children].map((item) => {
        const { top, right } = item.getBoundingClientRect();
        return { top: Math.round(top), ruleShows: right - 1 < box.right - 0.5 };
      });
    });
  const ruleRight = (facts: { top: number; ruleShows: boolean }[]) =>
    facts.map(({ top }, i) => i > 0 && top === facts[i - 1]!.top);
  // At this width the first two share a line, and the third starts the next.
  const wide = await rules();
  expect(wide[1]!.top).toBe(wide[0]!.top);
  expect(wide.map(({ ruleShows }) => ruleShows)).toEqual(ruleRight(wide));
  expect(wide.map(({ ruleShows }) => ruleShows)).toContain(true);
  // Narrower (as on a printed page at a large size): each fact on a line of its own, none with a rule.
  await facts.evaluate((list) => (list.style.maxInlineSize = '10rem'));
  const narrow = await rules();
  expect(new Set(narrow.map(({ top }) => top)).size).toBe(3);
  expect(narrow.map(({ ruleShows }) => ruleShows)).toEqual([false, false, false]);
});

test('the article ends with ways on, and the not-found page offers some', async ({ page, watch }) => {
  await gotoHydrated(page, SEED_PATH);
  const more = page.getByRole('navigation', { name: 'مقالات أخرى' });
  await expect(more.getByRole('link', { name: 'كل المقالات' })).toHaveAttribute('href', '/');
  await expect(more.getByRole('link')).not.toHaveCount(1);
  watch.allowConsole(/404 \(Not Found\)/);
  await page.goto('/no/such/page');
  await expect(page.getByRole('link', { name: 'أحدث المقالات' })).toHaveAttribute('href', '/');
});

test('a next or previous article whose headline quotes Latin reads as running text, its runs in place', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await gotoHydrated(page, '/articles/fixture-edited');
  const link = page.getByRole('navigation', { name: 'مقالات أخرى' }).getByRole('link', { name: /^مقال اختبار عدائي/ });
  await expect(link).toBeVisible();
  // Its first words share a line, as text does; laid out as columns of its pieces (the Arabic
  // words beside the Latin run) they were stacked one under the other.
  const tops = await link.evaluate((element) =>
    ['مقال', 'اختبار', 'عدائي'].map((word) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(word) ?? -1;
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        return Math.round(range.getBoundingClientRect().top);
      }
      return null;
    }),
  );
  expect(tops[0]).not.toBeNull();
  expect(new Set(tops).size).toBe(1);
});

/** What the reader is shown while a page is on its way: the words a screen reader hears, and the bar at the top. */
function pageOnItsWay(page: Page) {
  return { words: page.getByRole('status').filter({ hasText: 'جارٍ تحميل الصفحة…' }), bar: page.locator('[data-navigating]') };
}

test('on a slow line a link to another page keeps the page in view, with a bar at the top, until the next one comes; a second tap adds nothing to Back @mobile', async ({ page }) => {
  await gotoHydrated(page, SEED_PATH);
  const headline = await page.getByRole('heading', { level: 1 }).innerText();
  const release = await holdBack(page, '**/data/list/1.json');
  const main = page.getByRole('main');
  const { words, bar } = pageOnItsWay(page);
  await expect(words).toHaveCount(0);
  // At the article's end: the reading progress's bar is at the top too.
  const link = page.getByRole('navigation', { name: 'مقالات أخرى' }).getByRole('link', { name: 'كل المقالات' });
  await link.click();
  await expect(page).toHaveURL('/');
  // The page left stays, said to be busy, the words for a screen reader, and after a moment the bar.
  await expect(words).toHaveCount(1);
  await expect(main).toHaveAttribute('aria-busy', 'true');
  await expect(bar).toBeVisible();
  const box = await bar.boundingBox();
  expect(box?.y).toBe(0);
  expect(box?.width).toBe(page.viewportSize()?.width);
  // Over the reading progress, a track of its own: the progress under it is covered.
  expect(await bar.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  // Tapped again, impatient: the same address, not a second entry.
  await link.click();
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'المقالات' })).toBeVisible();
  await expect(words).toHaveCount(0);
  await expect(main).not.toHaveAttribute('aria-busy', /.*/);
  await expect(bar).toHaveCount(0);
  // A page reached by a link starts at its top, with focus at its start, however many taps.
  await expect(main).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(page).toHaveURL(SEED_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
});

test('on a slow line a second link tapped while the first page is on its way takes its place: Back leads to the page the reader saw', async ({ page }) => {
  await gotoHydrated(page, SEED_PATH);
  const headline = await page.getByRole('heading', { level: 1 }).innerText();
  const release = await holdBack(page, '**/data/tags.json');
  const header = page.getByRole('navigation', { name: 'التنقّل الرئيسي' });
  await header.getByRole('link', { name: 'الوسوم' }).click();
  await expect(page).toHaveURL('/tags');
  await header.getByRole('link', { name: 'البحث' }).click();
  await expect(page.getByRole('searchbox')).toBeVisible();
  release();
  await page.goBack();
  await expect(page).toHaveURL(SEED_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
});

test('on a slow line Back to a page not at hand shows that it is on its way', async ({ page }) => {
  await gotoHydrated(page, '/tags');
  await page.getByRole('navigation', { name: 'التنقّل الرئيسي' }).getByRole('link', { name: 'البحث' }).click();
  await expect(page.getByRole('searchbox')).toBeVisible();
  // Reloaded (as a phone restores a tab): the index of tags' data is no longer at hand.
  await page.reload();
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  const release = await holdBack(page, '**/data/tags.json');
  const { words, bar } = pageOnItsWay(page);
  await page.evaluate(() => history.back());
  await expect(page).toHaveURL('/tags');
  await expect(words).toHaveCount(1);
  await expect(bar).toBeVisible();
  await expect(page.getByRole('searchbox')).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الوسوم');
  await expect(words).toHaveCount(0);
  await expect(bar).toHaveCount(0);
});

test('Back on a slow line to a page left before a reload puts the reader where they were on it', async ({ page }) => {
  await gotoHydrated(page, '/articles/fixture-long');
  await page.evaluate(() => window.scrollTo(0, 3000));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(3000);
  const headline = await page.getByRole('heading', { level: 1 }).innerText();
  // The header's link, clicked where the reader is (a driver's click would scroll up to it first).
  await page.evaluate(() => document.querySelector<HTMLAnchorElement>('header a[href="/tags"]')?.click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الوسوم');
  await page.reload();
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const bottom = await page.evaluate(() => window.scrollY);
  expect(bottom).toBeGreaterThan(0);
  const release = await holdBack(page, '**/data/articles/fixture-long.json');
  const { words } = pageOnItsWay(page);
  await page.evaluate(() => history.back());
  await expect(page).toHaveURL('/articles/fixture-long');
  await expect(words).toHaveCount(1);
  // Meanwhile the page left stays where the reader has it, two frames on.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => window.scrollY)).toBe(bottom);
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(3000);
});

test('while a slow Back waits, the page shown keeps its own filter, and its tags wait for the page on its way', async ({ page }) => {
  const filtered = page.getByRole('status').filter({ hasText: 'يظهر ما يحمل الوسم' });
  const header = page.getByRole('navigation', { name: 'التنقّل الرئيسي' });
  await gotoHydrated(page, '/tags');
  await header.getByRole('link', { name: 'صحيفة' }).click();
  await page.getByRole('link', { name: 'استعادت قوات الجيش السوري السيطرة على مدينة دير الزور شرقي سوريا' }).first().click();
  await page.getByRole('article', { name: 'تغريدة من ريما' }).getByRole('link', { name: '#سوريا' }).click();
  await expect(filtered).toHaveCount(1);
  await header.getByRole('link', { name: 'صحيفة' }).click();
  await page.getByRole('link', { name: 'مقال طويل للاختبار: مئة فقرة وعشرون تغريدة' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مقال طويل للاختبار: مئة فقرة وعشرون تغريدة');
  await page.reload();
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  const release = await holdBack(page, `**/data/articles/${SEED_PATH.split('/').pop() ?? ''}.json`);
  await page.evaluate(() => history.go(-2));
  await expect(page).toHaveURL(/\?tag=%D8%B3%D9%88%D8%B1%D9%8A%D8%A7$/);
  const { words } = pageOnItsWay(page);
  await expect(words).toHaveCount(1);
  // The long article, still shown, is not filtered by the query of the page on its way.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(filtered).toHaveCount(0);
  // Its tags wait: the address stays the one on its way.
  await page.locator('main a[data-tag-link]').first().click();
  await expect(page).toHaveURL(/\?tag=%D8%B3%D9%88%D8%B1%D9%8A%D8%A7$/);
  await expect(page).toHaveURL(new RegExp(`^[^?]*${SEED_PATH}\\?`));
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('استعادت قوات الجيش السوري السيطرة على مدينة دير الزور شرقي سوريا');
  await expect(filtered).toHaveCount(1);
});

test('Back on a slow line to the search, its code not here after a reload, keeps the page left in view until it comes', async ({ page }) => {
  await gotoHydrated(page, `/search?q=${encodeURIComponent('دير الزور')}`);
  const result = page.getByRole('main').getByRole('listitem').first().getByRole('link').first();
  const href = (await result.getAttribute('href')) ?? '';
  await result.click();
  await expect(page).toHaveURL(href);
  // The address changes as the link is followed; the article shows once its data is here.
  await expect(page.getByRole('main')).not.toHaveAttribute('aria-busy', 'true');
  const headline = await page.getByRole('heading', { level: 1 }).innerText();
  await page.reload();
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  const release = await holdBack(page, '**/assets/search-route-*.js');
  const { words, bar } = pageOnItsWay(page);
  await page.evaluate(() => history.back());
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(words).toHaveCount(1);
  await expect(bar).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page.getByRole('searchbox')).toHaveValue('دير الزور');
  await expect(words).toHaveCount(0);
});

test('Back after a reload to the search keeps the page left until its results are here, then puts the reader where they were among them', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 500 });
  // Not the tab's first entry: Back to that one after a reload is a load of its own.
  await gotoHydrated(page, '/');
  await page.getByRole('navigation', { name: 'التنقّل الرئيسي' }).getByRole('link', { name: 'البحث' }).click();
  await page.getByRole('searchbox').fill('دير الزور');
  await page.getByRole('searchbox').press('Enter');
  const results = page.getByRole('main').getByRole('listitem');
  await expect(results.first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const place = await page.evaluate(() => window.scrollY);
  expect(place).toBeGreaterThan(100);
  const last = results.last().getByRole('link').first();
  const href = (await last.getAttribute('href')) ?? '';
  // Clicked where the reader is (a driver's click would scroll to it first).
  await last.evaluate((link) => (link as HTMLAnchorElement).click());
  await expect(page).toHaveURL(href);
  await page.reload();
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  // The index answers late: the page left stays until the results are here, as a page waits for
  // its data (the search at its top, then moved down once they come, is what a reader would see).
  const headline = await page.getByRole('heading', { level: 1 }).innerText();
  const release = await holdBack(page, '**/pagefind/**');
  const asked = page.waitForRequest('**/pagefind/**');
  await page.evaluate(() => history.back());
  await expect(page).toHaveURL(/\/search\?q=/);
  await asked;
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page.getByRole('searchbox')).toHaveValue('دير الزور');
  await expect(results.last().getByRole('link').first()).toHaveAttribute('href', href);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(place);
});
