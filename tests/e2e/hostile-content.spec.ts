import { test, expect } from './fixtures.ts';

const PATH = '/articles/fixture-hostile';

test('hostile content renders as text: no dialog, no script, no request elsewhere', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مقال اختبار عدائي: <script>alert("h1")</script> بسعر $& و$\' و$` و$$');
  await expect(page.locator('#p-h1')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('main img, main iframe, main script')).toHaveCount(0);
  const card = page.getByRole('article', { name: /^تغريدة من مستخدم/ });
  await expect(card).toContainText('<script>alert(4)</script>');
  await expect(card).toContainText('<b onmouseover=alert(5)>نص</b>');
  await card.getByText('<b onmouseover=alert(5)>نص</b>').hover();
  // Invisible direction overrides are gone from what the reader sees.
  const text = await page.locator('main').evaluate((main) => main.textContent ?? '');
  expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  await expect(card.getByRole('note')).toHaveText('حُذفت هذه التغريدة من X. هذا نصّها كما اقتُبس وقت نشر المقال.');
  // The one link in the tweet goes through the sanitizer and out with no referrer.
  const link = card.getByRole('link', { name: 'رابط خارجي: https://t.co/abc' });
  await expect(link).toHaveAttribute('href', 'https://t.co/abc');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  expect(dialogs).toEqual([]);
});

test('a 10,000-character hashtag, a 600-character URL and a tweet\'s long link wrap without widening the page at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(PATH);
  await expect(page.locator('#p-h2')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  // The link is shown whole, inside its card.
  const card = page.getByRole('article', { name: /^تغريدة من مستخدم/ });
  const link = card.getByRole('link', { name: 'رابط خارجي: https://twitter.com/jsmith_news/status/1853412345678901234' });
  await expect(link).toHaveText('https://twitter.com/jsmith_news/status/1853412345678901234');
  const [linkBox, cardBox] = await Promise.all([link.boundingBox(), card.boundingBox()]);
  expect(linkBox && cardBox && linkBox.x >= cardBox.x && linkBox.x + linkBox.width <= cardBox.x + cardBox.width).toBe(true);
});

test('a paragraph written in English reads left to right: its closing stop is at its end, not before its first word', async ({ page }) => {
  await page.goto(PATH);
  const paragraph = page.locator('#p-h5');
  await expect(paragraph).toHaveText('Huge crowds at the border crossing tonight, a reporter wrote in English.');
  const [first, stop] = await paragraph.evaluate((element) => {
    const text = element.firstChild?.nodeType === Node.TEXT_NODE ? element.firstChild : element.querySelector('*')?.firstChild;
    const box = (start: number) => {
      const range = document.createRange();
      range.setStart(text ?? element, start);
      range.setEnd(text ?? element, start + 1);
      return range.getBoundingClientRect().x;
    };
    const length = text?.textContent?.length ?? 0;
    return [box(0), box(length - 1)];
  });
  expect(stop).toBeGreaterThan(first ?? Infinity);
  // So does its place in a search, and its share page's quote.
  await page.goto(`/search?q=${encodeURIComponent('crowds')}`);
  const quote = page.getByRole('main').getByRole('listitem').locator('blockquote p');
  await expect(quote).toContainText('Huge crowds at the border crossing tonight');
  expect(await quote.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
  const share = await page.request.get(`${PATH}/p/p-h5`);
  expect(await share.text()).toContain('<blockquote dir="ltr"><p>Huge crowds');
});

test('a tweet author\'s name that starts in Arabic reads right to left, its first word on the right, as in the sources list; wrapped on a phone, its markup keeps its order', async ({ page }) => {
  await page.goto(PATH);
  const name = page.locator('#t-h1 header bdi').first();
  await expect(name).toHaveText('مستخدمevil خبيث<script>alert(3)</script>');
  const [first] = await name.evaluate(charactersAt, 'مستخدم');
  const [second] = await name.evaluate(charactersAt, 'خبيث');
  expect(first).toBeGreaterThan(second ?? Infinity);
  await page.setViewportSize({ width: 320, height: 700 });
  for (const written of ['<script>', '</script>']) {
    const xs = await name.evaluate(charactersAt, written);
    expect(xs, written).toEqual([...xs].sort((a, b) => a - b));
  }
});

test('a paragraph opening with flags and no space is named by whole flags, never half of one', async ({ page }) => {
  await page.goto(PATH);
  // Its first 32 characters end inside the eighth flag: the name stops before it.
  const flags = '🇸🇾'.repeat(7);
  await expect(page.locator('#p-h6 + div').getByRole('button', { name: `نسخ الفقرة ورابطها: ««${flags}…»`, exact: true })).toBeVisible();
});

test('the page carries a strict Content-Security-Policy and referrer policy', async ({ page }) => {
  await page.goto(PATH);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"]) {
    expect(csp).toContain(directive);
  }
  // No inline code but by hash, no eval of strings; compiling WebAssembly (the search index,
  // decision 0018) is 'wasm-unsafe-eval', which evaluates no string.
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  // Every outbound link opens with no opener and no referrer.
  const rels = await page.locator('a[href^="https://"]').evaluateAll((links) => links.map((link) => link.getAttribute('rel')));
  expect(rels.length).toBeGreaterThan(0);
  for (const rel of rels) expect(rel).toBe('noopener noreferrer');
});

/** Where each character of the first `written` in `element`'s text is drawn, from the left, across the elements inside it. */
function charactersAt(element: Element, written: string): number[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node instanceof Text) nodes.push(node);
  const whole = nodes.map((node) => node.data).join('');
  const from = whole.indexOf(written);
  const xs: number[] = [];
  for (let index = from; from !== -1 && index < from + written.length; index += 1) {
    let offset = index;
    const node = nodes.find((candidate) => (offset < candidate.data.length ? true : ((offset -= candidate.data.length), false)));
    if (!node) break;
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    xs.push(range.getBoundingClientRect().left);
  }
  return xs;
}

test('brackets beside Latin words in Arabic text are drawn with them, each of a pair on its side', async ({ page }) => {
  await page.goto(PATH);
  // Left to right, as written: «alert(1)», never with its «)» thrown to the far side of the run.
  const paragraph = await page.locator('#p-h1').evaluate(charactersAt, 'alert(1)');
  expect(paragraph).toHaveLength(8);
  expect(paragraph, 'alert(1) in the first paragraph').toEqual([...paragraph].sort((a, b) => a - b));
  const headline = await page.getByRole('heading', { level: 1 }).evaluate(charactersAt, '<script>alert("h1")</script>');
  expect(headline).toHaveLength(28);
  expect(headline, 'the headline’s script tag').toEqual([...headline].sort((a, b) => a - b));
});

test('a Latin phrase quoted inside Arabic keeps its closing single quote at its end: «\'done deal\'»', async ({ page }) => {
  await page.goto(PATH);
  const xs = await page.locator('#p-h8').evaluate(charactersAt, "'done deal'");
  expect(xs).toHaveLength(11);
  expect(xs, "'done deal' in p-h8").toEqual([...xs].sort((a, b) => a - b));
});

test('markup glued to an Arabic word is drawn in its own order, on a phone where it wraps too', async ({ page }) => {
  await page.goto(PATH);
  // «و</a>», «و<iframe», «و<!--app-html-->», «و&amp;», «عنوان</title>»: each left to right as written.
  for (const [id, written] of [['p-h1', '</a>'], ['p-h1', '<iframe'], ['p-h4', '<!--app-html-->'], ['p-h4', '&amp;'], ['p-h4', '</title>']] as const) {
    const xs = await page.locator(`#${id}`).evaluate(charactersAt, written);
    expect(xs, `${written} in ${id}`).toHaveLength(written.length);
    expect(xs, `${written} in ${id}`).toEqual([...xs].sort((a, b) => a - b));
  }
  // When the run wraps, its angle bracket stays with its tag: «<img» at the start of it, not «img».
  await page.setViewportSize({ width: 320, height: 700 });
  const image = await page.locator('#p-h1').evaluate(charactersAt, '<img');
  expect(image, '<img').toEqual([...image].sort((a, b) => a - b));
});

test('a tweet quoted on its tag\'s page and in search results shows no direction override either: «moc.elgoog» reads as written', async ({ page }) => {
  for (const address of [`/tags/${encodeURIComponent('وسم_عادي')}`, `/search?q=${encodeURIComponent('عدائية')}`]) {
    await page.goto(address);
    const quote = page.getByRole('main').locator('blockquote').filter({ hasText: 'moc.elgoog' }).first();
    await expect(quote, address).toBeVisible();
    // The content shown, without the page's own sentences (its status isolates the query, FSI…PDI).
    const text = await page.getByRole('main').evaluate((main) => {
      const copy = main.cloneNode(true);
      if (copy instanceof Element) for (const own of copy.querySelectorAll('[role="status"]')) own.remove();
      return copy.textContent ?? '';
    });
    expect(text, address).toContain('مستخدم');
    expect(text, address).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    // The match is still marked, on its own letters.
    await expect(page.getByRole('main').locator('mark').first(), address).toHaveText(/^(?:#?وسم_عادي|عدائية)$/);
    // The «#» of «#وسم_عادي» stays with its tag: the run before it is «moc.elgoog» alone, drawn
    // left of it, and the «#» right of the tag's letters' start.
    await expect(quote.locator('bdi[dir="ltr"]').filter({ hasText: 'moc.elgoog' }), address).toHaveText(/^moc\.elgoog\s*$/);
    // Its second line starts a line of its own, as in its card, not run into the first.
    expect(await quote.innerText(), address).toMatch(/عادي\n<b onmouseover/u);
  }
});
