/**
 * Hostile addresses (issue #10): a few hundred generated paths, queries and fragments, from a
 * fixed seed so a failure can be reproduced. The server must answer every one with an Arabic
 * page and a status the address rule names; one in three is opened in the browser too, where it
 * must hydrate without an error.
 */
import { test, expect, SEED_PATH } from './fixtures.ts';

const SEED = 20171103;
const COUNT = 240;

/** mulberry32: a tiny seeded PRNG, so the same URLs come every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '%', '%E0%A4%A', '%FF', '%00', '%2F', '..', '%2e%2e', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)', 'دير_الزور', '%D8%B3%D9%88%D8%B1%D9%8A%D8%A7', '\u202Eevil', '#', '?', '&', '=', ';', "'", '`',
  '{{7*7}}', '${7*7}', '__proto__', 'constructor', 'p-r4kx', 't-j5wc', 'p-old', ':~:text=x', '%23', '+', ' ', '\\',
];

function buildUrls(): string[] {
  const next = random(SEED);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chunk = () => Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(PIECES)).join('');
  const long = () => pick(['ا', 'x', '%', '<', '٣']).repeat(1000 + Math.floor(next() * 2000));
  const urls: string[] = [];
  for (let i = 0; i < COUNT; i += 1) {
    const base = pick(['/', SEED_PATH, '/articles/', `/articles/${chunk()}`, `/${chunk()}`, `${SEED_PATH}/${chunk()}`]);
    const query = pick(['', `?tag=${chunk()}`, `?tag=${encodeURIComponent(chunk())}`, `?${chunk()}=${chunk()}`, `?tag=${long()}`, '?tag=']);
    const hash = pick(['', `#${chunk()}`, `#${encodeURIComponent(chunk())}`, '#p-r4kx', `#${long()}`]);
    urls.push(encodeURI(decodeURIComponentSafe(`${base}${query}${hash}`)));
  }
  return urls;
}

// Keep the pieces' own percent-escapes (malformed ones included) while making the URL sendable.
function decodeURIComponentSafe(url: string): string {
  return url.replace(/%(?![0-9A-Fa-f]{2})/g, '%25').replace(/%([0-9A-Fa-f]{2})/g, '\u0000$1');
}

const URLS = buildUrls().map((url) => url.replace(/%00([0-9A-Fa-f]{2})/g, '%$1'));
// In the browser: one address in three, in parts that run side by side, each one short.
const IN_BROWSER = URLS.filter((_, index) => index % 3 === 0);
const SHARDS = 6;

test('the server answers every hostile address with an Arabic page, 200 or 404', async ({ request }) => {
  for (const url of URLS) {
    const response = await request.get(url.replace(/#.*$/s, ''));
    expect([200, 404], url.slice(0, 120)).toContain(response.status());
    const html = await response.text();
    expect(html.match(/<h1[ >]/g), url.slice(0, 120)).toHaveLength(1);
    expect(/<main[^>]*>[^]*\p{Script=Arabic}{3}[^]*<\/main>/u.test(html), url.slice(0, 120)).toBe(true);
    expect(html, url.slice(0, 120)).toContain('<script type="application/json" id="sahifa-page">');
  }
});

for (let shard = 0; shard < SHARDS; shard += 1) {
  const urls = IN_BROWSER.filter((_, index) => index % SHARDS === shard);
  test(`hostile addresses in the browser, part ${shard + 1} of ${SHARDS}: each hydrates a working Arabic page`, async ({ page, watch }) => {
    watch.allowConsole(/Failed to load resource: the server responded with a status of 404/);
    // React Router's own note on a malformed path; the page still renders (checked below).
    watch.allowConsole(/could not be decoded because it is a malformed URL segment/);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const url of urls) {
      // (A new fragment alone is a navigation within the page, with no response.)
      await page.goto(url, { waitUntil: 'commit' });
      // Live: the app has hydrated the page the server sent (a mismatch is a console error).
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      const { headings, text } = await page.evaluate(() => ({
        headings: document.querySelectorAll('h1').length,
        text: document.querySelector('main')?.innerText ?? '',
      }));
      expect(headings, url.slice(0, 120)).toBe(1);
      expect(text, url.slice(0, 120)).toMatch(/\p{Script=Arabic}{3}/u);
    }
    expect(dialogs).toEqual([]);
  });
}
