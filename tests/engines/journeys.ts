/**
 * The reader's key journeys, written once for every engine (issue #23): read the article,
 * filter by a tag and come back, open a source's claims, arrive by a shared paragraph link,
 * change a setting, read offline after one visit. Each states what a reader would notice, in
 * the page's own terms (roles, names, focus, what is visible, the address).
 */
import { expect, test, saveScreenshot, type OwnSite } from './fixtures.ts';
import type { PageFunction, ReaderPage, Size } from './reader-page.ts';

export const SEED_PATH = '/articles/deir-ez-zor-recaptured';
const HEADLINE = 'استعادت قوات الجيش السوري السيطرة على مدينة دير الزور شرقي سوريا';
const SYRIA = encodeURIComponent('سوريا');

export type Journey = {
  readonly name: string;
  /** `site` is the server of its own that a journey with `ownSite` gets, and may stop. */
  readonly run: (page: ReaderPage, size: Size, site: OwnSite | null) => Promise<void>;
  readonly ownSite?: true;
};

/** Waits, as a named step of the report, until `predicate` holds in the page. */
function until<A>(page: ReaderPage, title: string, predicate: PageFunction<A, unknown>, arg: A): Promise<void> {
  return test.step(title, () => page.waitFor(predicate, arg));
}

/** Waits until the app has started on the page (`<html data-hydrated>`). */
const hydrated = (page: ReaderPage) => until(page, 'wait for the app', () => document.documentElement.hasAttribute('data-hydrated'), null);

/**
 * A selector for the first element matching `selector` whose text (or accessible name from
 * aria-labelledby) is `text` and that the reader can see, once there is one: what a driver then
 * clicks. The element is marked with an attribute of its own, so the selector still names it
 * when the app adds controls beside it (the offline button appears once the app has checked).
 */
async function named(page: ReaderPage, selector: string, text: string): Promise<string> {
  // Some controls come with code that arrives after hydration (the phone's sources drawer).
  const mark = ({ selector, text }: { selector: string; text: string }): string | null => {
    const nameOf = (element: Element) => {
      const ids = element.getAttribute('aria-labelledby');
      const label = element.getAttribute('aria-label');
      const fromIds = ids ? ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '';
      return (label ?? (fromIds || element.textContent) ?? '').replace(/\s+/g, ' ').trim();
    };
    const found = [...document.querySelectorAll(selector)].find((element) => nameOf(element) === text && element.getClientRects().length > 0);
    if (!found) return null;
    // One element marked at a time: the one the next click is for.
    for (const marked of document.querySelectorAll('[data-journey-target]')) marked.removeAttribute('data-journey-target');
    found.setAttribute('data-journey-target', '');
    return '[data-journey-target]';
  };
  await until(page, `wait for ${selector} «${text}»`, mark, { selector, text });
  const target = await page.evaluate(mark, { selector, text });
  if (!target) throw new Error(`${page.engine}: no visible ${selector} named «${text}»`);
  return target;
}

const visibleCount = (page: ReaderPage, selector: string) =>
  page.evaluate((selector) => [...document.querySelectorAll(selector)].filter((element) => element.getClientRects().length > 0).length, selector);

const shoot = saveScreenshot;

export const JOURNEYS: readonly Journey[] = [
  {
    name: 'reads the article, right to left, in Noto Naskh Arabic',
    run: async (page, size) => {
      await page.goto(SEED_PATH);
      await hydrated(page);
      const facts = await page.evaluate(
        () => ({
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
          headline: document.querySelector('main h1')?.textContent,
          paragraphs: document.querySelectorAll('main article [data-block="paragraph"]').length,
          tweets: [...document.querySelectorAll('main article article[aria-label]')].map((tweet) => tweet.getAttribute('aria-label')),
          direction: getComputedStyle(document.querySelector('main article [data-block="paragraph"]') ?? document.body).direction,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }),
        null,
      );
      expect(facts).toEqual({ lang: 'ar', dir: 'rtl', headline: HEADLINE, paragraphs: 8, tweets: ['تغريدة من ريما', 'تغريدة من Mourad*'], direction: 'rtl', overflow: 0 });
      // Whether the page drew in the site's faces depends on how soon they came (`font-display:
      // optional`, decision 0016: an engine may even give a late file up), which no test may
      // depend on: their state is recorded here, and the files' drawing is compared across
      // engines in rendering.spec.ts.
      const faces = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === 'Noto Naskh Arabic').map((face) => `${face.weight} ${face.status}`);
      }, null);
      test.info().annotations.push({ type: 'fonts', description: faces.join(', ') });
      await shoot(page, size, 'article');
    },
  },
  {
    name: 'filters by a tag and comes back',
    run: async (page, size) => {
      await page.goto(SEED_PATH);
      await hydrated(page);
      await page.click(`main article article[aria-label="تغريدة من ريما"] a[href="?tag=${SYRIA}"]`);
      await until(page, 'the address names the tag', (query) => location.search === query, `?tag=${SYRIA}`);
      await until(page, 'the other tweet goes', () => document.querySelector('article[aria-label="تغريدة من Mourad*"]')?.getClientRects().length === 0, null);
      const status = await page.evaluate(() => [...document.querySelectorAll('[role="status"]')].map((element) => element.textContent ?? '').find((text) => text.includes('يظهر')), null);
      expect(status).toBe('يظهر ما يحمل الوسم \u2068#سوريا\u2069 أو يذكره: ٣\u00a0مقاطع\u00a0من\u00a0١٠.');
      expect(await visibleCount(page, 'main article [data-block="paragraph"]')).toBeLessThan(8);
      expect(await page.evaluate(() => [...document.querySelectorAll('main article mark')].map((mark) => mark.textContent), null)).toEqual(['سوريا', 'سوريا']);
      await shoot(page, size, 'filtered');
      await page.back();
      await until(page, 'Back brings the whole article', () => location.search === '' && document.querySelector('article[aria-label="تغريدة من Mourad*"]')?.getClientRects().length !== 0, null);
      expect(await visibleCount(page, 'main article [data-block="paragraph"]')).toBe(8);
    },
  },
  {
    name: "opens a source's claims",
    run: async (page, size) => {
      await page.goto(SEED_PATH);
      await hydrated(page);
      if (size.name === 'phone') {
        await page.click(await named(page, 'button', 'المصادر'));
        await until(page, 'the drawer opens', () => document.querySelector('dialog[open]') !== null, null);
      }
      await page.click(await named(page, 'button', 'وكالة سانا السورية الرسمية للأنباء إظهار ما نُسب إليه'));
      await until(page, 'its claims light up and the first is the current one', () => document.getElementById('cite-sana-liberated')?.getAttribute('data-current') === 'true' && document.querySelector('#cite-sana-hamidiya')?.getAttribute('data-active') === 'true', null);
      const claim = await page.evaluate(() => {
        const element = document.getElementById('cite-sana-liberated');
        const box = element?.getBoundingClientRect();
        return { active: element?.getAttribute('data-active'), inView: Boolean(box && box.bottom > 0 && box.top < innerHeight), drawerOpen: document.querySelector('dialog[open]') !== null, other: document.getElementById('cite-military-casualties')?.getAttribute('data-active') ?? null };
      }, null);
      expect(claim).toEqual({ active: 'true', inView: true, drawerOpen: false, other: null });
      await shoot(page, size, 'claims');
    },
  },
  {
    name: 'arrives by a shared paragraph link',
    run: async (page, size) => {
      // The share page a chat app previews, which sends the reader on to the paragraph.
      await page.goto(`${SEED_PATH}/p/p-d5xm`);
      await until(page, 'the article opens at the paragraph', (path) => location.pathname === path && location.hash === '#p-d5xm' && document.activeElement?.id === 'p-d5xm' && document.querySelector('[data-target="true"] #p-d5xm') !== null, SEED_PATH);
      const target = await page.evaluate(() => {
        const box = document.getElementById('p-d5xm')?.getBoundingClientRect();
        return { inView: Boolean(box && box.top >= 0 && box.top < innerHeight), marked: document.querySelectorAll('[data-target="true"]').length, holds: document.querySelectorAll('[data-target="true"] #p-d5xm').length };
      }, null);
      expect(target).toEqual({ inView: true, marked: 1, holds: 1 });
      await shoot(page, size, 'shared-paragraph');
    },
  },
  {
    name: 'changes a setting, which the next visit keeps',
    run: async (page, size) => {
      await page.goto(SEED_PATH);
      await hydrated(page);
      await page.click('header button[aria-haspopup="dialog"]');
      await until(page, 'the settings open', () => document.querySelector('dialog[open]') !== null, null);
      await page.click(await named(page, 'dialog[open] label', 'داكن'));
      await page.click(await named(page, 'dialog[open] label', 'الأكبر'));
      await until(page, 'the page turns dark', () => document.documentElement.dataset.theme === 'dark' && document.documentElement.dataset.textSize === '5', null);
      await shoot(page, size, 'settings');
      await page.press('Escape');
      await until(page, 'Escape closes them', () => document.querySelector('dialog[open]') === null, null);
      await page.reload();
      const kept = await page.evaluate(
        () => ({
          theme: document.documentElement.dataset.theme,
          background: getComputedStyle(document.documentElement).backgroundColor,
          size: getComputedStyle(document.getElementById('p-r4kx') ?? document.body).fontSize,
        }),
        null,
      );
      expect(kept).toEqual({ theme: 'dark', background: 'rgb(20, 22, 26)', size: '24px' });
    },
  },
  {
    name: 'follows the reading progress and lands on a text fragment',
    run: async (page, size) => {
      // Scroll-driven animations and text fragments are not in every engine: where the
      // stylesheet cannot move the bar the script does, and a fragment the engine does not
      // know is left alone (no "paragraph not found" notice).
      await page.goto(`${SEED_PATH}#:~:text=${encodeURIComponent('مقتل العشرات')}`);
      await hydrated(page);
      const features = await page.evaluate(() => ({ scrollTimeline: CSS.supports('animation-timeline: scroll()'), textFragments: 'fragmentDirective' in document, contentVisibility: CSS.supports('content-visibility: hidden') }), null);
      test.info().annotations.push({ type: 'features', description: JSON.stringify(features) });
      const notice = await page.evaluate(() => [...document.querySelectorAll('[role="status"]')].some((element) => element.textContent?.includes('لم نعثر')), null);
      expect(notice, 'a "not found" notice for a text fragment').toBe(false);
      if (features.textFragments) {
        await until(page, 'the fragment is in view', () => {
          const box = document.getElementById('p-c7fy')?.getBoundingClientRect();
          return box !== undefined && box.bottom > 0 && box.top < innerHeight;
        }, null);
      }
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight), null);
      await until(page, 'the bar reaches the end', (width) => (document.querySelector('[data-reading-progress]')?.getBoundingClientRect().width ?? 0) > width * 0.95, size.width);
      expect(await page.evaluate(() => document.querySelector('[data-reading-progress]')?.parentElement?.getAttribute('aria-hidden'), null)).toBe('true');
    },
  },
  {
    name: 'reads the article offline after one visit',
    ownSite: true,
    run: async (page, size, site) => {
      if (!site) throw new Error('the offline journey needs a server of its own');
      await page.goto(SEED_PATH);
      await hydrated(page);
      const supported = await page.evaluate(() => 'serviceWorker' in navigator && 'caches' in window, null);
      expect(supported, `${page.engine} has service workers and Cache Storage`).toBe(true);
      await until(
        page,
        'the offline worker has kept the article',
        async (path) => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.active?.state === 'activated' && (await caches.match(path)) !== undefined;
        },
        SEED_PATH,
      );
      await site.stop();
      await page.reload();
      const offline = await page.evaluate(
        () => ({ headline: document.querySelector('main h1')?.textContent, paragraphs: document.querySelectorAll('main article [data-block="paragraph"]').length }),
        null,
      );
      expect(offline).toEqual({ headline: HEADLINE, paragraphs: 8 });
      await hydrated(page);
      await shoot(page, size, 'offline');
    },
  },
];
