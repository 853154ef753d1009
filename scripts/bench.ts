/**
 * npm run bench — the speed figures in the README (never a timed test in CI):
 *  1. Lighthouse 12 mobile scores and LCP of the seed article as `npm run build` makes it, next
 *     to a plain static HTML copy of the same page (its scripts removed) measured in the same
 *     run; median of 3 runs each, alternating.
 *  2. Hashtag filter latency: a tap on a tag to the next paint (the Event Timing API's duration,
 *     as INP measures it), on a phone-sized page with the CPU slowed 4×; on the seed and on a
 *     generated article of 2,000 paragraphs and 500 tweets (its own build); median of 20 taps, the
 *     first (cold) ones included.
 *  3. Ingest throughput on a generated 5 MB raw file.
 * Options: --skip-lighthouse, --write-readme (replaces the figures between the README markers).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { extractHashtags } from '../src/lib/hashtags.ts';
import { ingestArticle } from '../src/ingest/ingest-article.ts';
import { precompress } from './precompress.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/find-browser.ts';

declare global {
  interface Window {
    /** Event Timing entries collected by the filter latency probe, and its observer. */
    sahifaEvents?: { id: number; duration: number }[];
    sahifaObserver?: PerformanceObserver;
  }
}

const ROOT = new URL('..', import.meta.url).pathname;
const BENCH = join(ROOT, '.bench');
// The seed as shipped, and a build with the generated long article added.
const SITE = { dir: '.bench/site', port: 4199 } as const;
const LARGE = { dir: '.bench/large', port: 4198 } as const;
const origin = (port: number) => `http://localhost:${port}`;
const SEED_PATH = '/articles/deir-ez-zor-recaptured';
const LARGE_PATH = '/articles/bench-large';
const args = new Set(process.argv.slice(2));

/** The median: the middle value, or the mean of the middle two. */
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  if (sorted.length === 0) return Number.NaN;
  return Number.isInteger(middle) ? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2 : (sorted[Math.floor(middle)] ?? 0);
};

function generateLargeArticle(): void {
  const seed = JSON.parse(readFileSync(join(ROOT, 'content/articles/deir-ez-zor-recaptured.json'), 'utf8'));
  const prose: string[] = seed.blocks.filter((block: { type: string }) => block.type === 'paragraph').map((block: { text: string }) => block.text);
  const tags = ['#سوريا', '#دير_الزور', '#حلب', '#الرقة', '#حمص', '#إدلب', '#الإرهاب', '#التغطية_مستمرة'];
  const blocks: unknown[] = [];
  let tweet = 0;
  for (let i = 0; i < 2000; i += 1) {
    blocks.push({ type: 'paragraph', id: `p-b${i.toString(36)}`, text: `${prose[i % prose.length]} (${i + 1})` });
    if (i % 4 === 3 && tweet < 500) {
      const text = `تغريدة رقم ${tweet + 1} عن ${tags[tweet % tags.length]} و${tags[(tweet * 3 + 1) % tags.length]}\nسطر ثان pic.twitter.com/B${tweet}x`;
      blocks.push({
        type: 'tweet', id: `t-b${tweet.toString(36)}`, sourceId: 'bench-author',
        author: { name: 'حساب تجريبي', handle: `bench_${tweet % 100}` }, date: { iso: '2017-11-03', original: '3 novembre 2017' },
        text, hashtags: extractHashtags(text), media: [`pic.twitter.com/B${tweet}x`], links: [], availability: 'available',
      });
      tweet += 1;
    }
  }
  const article = {
    schemaVersion: 1, slug: 'bench-large', language: 'ar',
    headline: { text: 'مقال مولَّد لقياس السرعة: ألفا فقرة وخمسمئة تغريدة', derivation: 'original' },
    provenance: { raw: 'raw/bench-large.txt' }, blocks,
    sources: [{ id: 'bench-author', name: 'حساب تجريبي', kind: 'social-media-individual', affiliation: { text: 'حساب مولَّد للقياس.', asOf: '2017-11-03' } }],
    citations: [], aliases: {},
  };
  mkdirSync(join(BENCH, 'content/articles'), { recursive: true });
  writeFileSync(join(BENCH, 'content/articles/bench-large.json'), JSON.stringify(article));
}

function build(outDir: string, extraContent?: string): void {
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, SAHIFA_OUT_DIR: outDir, ...(extraContent ? { SAHIFA_EXTRA_CONTENT: extraContent } : {}) },
  });
}

/** The physical limit: the same page as plain HTML, every script removed. */
function writeStaticCopy(): void {
  const html = readFileSync(join(ROOT, SITE.dir, SEED_PATH, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]+rel="modulepreload"[^>]*>/g, '');
  mkdirSync(join(ROOT, SITE.dir, 'static-copy'), { recursive: true });
  writeFileSync(join(ROOT, SITE.dir, 'static-copy/index.html'), html);
  // Served compressed like the app's own pages: the comparison is of the pages, not of encodings.
  precompress(join(ROOT, SITE.dir, 'static-copy'));
}

function serve(site: { dir: string; port: number }): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/serve.ts'), '--port', String(site.port), '--dir', site.dir], { cwd: ROOT, stdio: 'ignore' });
}

type LighthouseFigures = { performance: number; accessibility: number; bestPractices: number; seo: number; lcp: number; tbt: number };

async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      tbt: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    };
  } finally {
    await chrome.kill();
  }
}

function medianFigures(results: readonly LighthouseFigures[]): LighthouseFigures {
  const pick = (key: keyof LighthouseFigures) => median(results.map((result) => result[key]));
  return { performance: pick('performance'), accessibility: pick('accessibility'), bestPractices: pick('bestPractices'), seo: pick('seo'), lcp: pick('lcp'), tbt: pick('tbt') };
}

/** The app and its static copy, alternately (so both see the same machine), median of `runs`. */
async function lighthousePair(appUrl: string, plainUrl: string, runs = 3): Promise<{ app: LighthouseFigures; plain: LighthouseFigures }> {
  const app: LighthouseFigures[] = [];
  const plain: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i += 1) {
    app.push(await runLighthouse(appUrl));
    plain.push(await runLighthouse(plainUrl));
    console.log(`Lighthouse run ${i + 1}/${runs}: app ${JSON.stringify(app.at(-1))}, static copy LCP ${Math.round(plain.at(-1)?.lcp ?? Number.NaN)} ms`);
  }
  return { app: medianFigures(app), plain: medianFigures(plain) };
}

type Latency = { median: number; worst: number; samples: number; values: readonly number[] };

/**
 * A tap on a tag to the next paint, in ms, on a phone-sized page with the CPU slowed 4×: the
 * Event Timing API's duration for the tap (what INP measures, input delay included), which the
 * browser reports only from 16 ms up; a shorter one counts as 16. The page is driven with raw
 * touch input and page.evaluate only: Playwright's locators install listeners for pointer and
 * touch events and poll in animation frames, and both would be timed as the app's work.
 */
export async function filterLatency(url: string, tags: readonly string[], rounds = 10): Promise<Latency> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    // Service workers blocked: combined with CPU throttling they make Chromium drop the page, and
    // offline caching is not what this measures.
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(url);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Polls with timers in the page (a string: the page has no bundler helpers).
    const until = (condition: string) =>
      page.evaluate(`new Promise((resolve) => { const check = () => (${condition}) ? resolve(true) : setTimeout(check, 50); check(); })`);
    const settled = `!document.querySelector('[aria-busy="true"]')`;
    // After hydration (the share controls become buttons) and once the page is idle (the filter
    // logic has loaded), a tap filters in place.
    await until(`document.querySelector('[role="button"][aria-label^="نسخ رابط"], [role="button"][aria-label^="مشاركة"]')`);
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 30_000 })));
    const samples: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const tag of tags) {
        const point = await page.evaluate((tag) => {
          const link = document.querySelector(`nav[aria-labelledby="hashtags-title"] a[href="?${new URLSearchParams({ tag }).toString()}"]`);
          if (!link) return null;
          link.scrollIntoView({ block: 'center' });
          const box = link.getBoundingClientRect();
          window.sahifaEvents = [];
          // One observer per tap: the previous one stops.
          window.sahifaObserver?.disconnect();
          window.sahifaObserver = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              if (entry instanceof PerformanceEventTiming && entry.interactionId > 0) window.sahifaEvents?.push({ id: entry.interactionId, duration: entry.duration });
            }
          });
          // 16 ms is the lowest threshold the Event Timing API reports from (lib.dom lacks the field).
          const init: PerformanceObserverInit & { durationThreshold: number } = { type: 'event', durationThreshold: 16 };
          window.sahifaObserver.observe(init);
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }, tag);
        if (!point) throw new Error(`No link for #${tag} in the tag list`);
        // A frame and a pause after scrolling, so the tap meets a page at rest.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
        await page.touchscreen.tap(point.x, point.y);
        await until(`new URLSearchParams(location.search).has('tag') && ${settled}`);
        // Event Timing entries arrive after the paint they measure.
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
        const durations = await page.evaluate(() => (window.sahifaEvents ?? []).map((entry) => entry.duration));
        samples.push(Math.max(16, ...durations));
        await page.goBack();
        await until(`!location.search && !document.querySelector('[aria-current="true"]') && ${settled}`);
        await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 })));
      }
    }
    return { median: median(samples), worst: Math.max(...samples), samples: samples.length, values: samples };
  } finally {
    await browser.close();
  }
}

function ingestThroughput(): { megabytes: number; seconds: number } {
  const lines = readFileSync(join(ROOT, 'content/raw/000_aa559fc9daf0de27.txt'), 'utf8').split('\n');
  // Long paragraphs (as in long-form reports) keep 5 MB within the schema's 5,000 blocks.
  const unit = [
    lines.slice(0, 3).join(' ').repeat(4),
    ...lines.slice(3, 6),
    lines.slice(6, 9).join(' ').repeat(4),
    ...lines.slice(9, 12),
    lines.slice(12).join(' ').repeat(4),
  ].join('\n');
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 5 * 1024 * 1024; i += 1) {
    const chunk = unit.replace(/دير الزور/g, `دير الزور ${i}`);
    parts.push(chunk);
    size += Buffer.byteLength(chunk) + 1;
  }
  const raw = parts.join('\n');
  const megabytes = Buffer.byteLength(raw) / 1024 / 1024;
  const start = performance.now();
  ingestArticle(raw, { slug: 'bench', rawName: 'bench.txt' });
  return { megabytes, seconds: (performance.now() - start) / 1000 };
}

async function main(): Promise<void> {
  rmSync(BENCH, { recursive: true, force: true });
  generateLargeArticle();
  build(SITE.dir);
  writeStaticCopy();
  build(LARGE.dir, join(BENCH, 'content'));
  const servers = [serve(SITE), serve(LARGE)];
  try {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const rows: string[] = [];
    if (!args.has('--skip-lighthouse')) {
      const { app, plain } = await lighthousePair(`${origin(SITE.port)}${SEED_PATH}`, `${origin(SITE.port)}/static-copy/`);
      rows.push(
        `| Lighthouse mobile, seed article | Performance ${app.performance} · Accessibility ${app.accessibility} · Best Practices ${app.bestPractices} · SEO ${app.seo} | ≥ 98 · 100 · 100 · 100 |`,
        `| LCP, seed article / plain static copy | ${Math.round(app.lcp)} ms / ${Math.round(plain.lcp)} ms (ratio ${(app.lcp / plain.lcp).toFixed(2)}) | ratio ≤ 1.15 |`,
        `| Total Blocking Time, seed article | ${Math.round(app.tbt)} ms | 0 ms |`,
        // The physical limit, measured the same way: what this machine's Lighthouse gives a page with no script at all.
        `| Lighthouse mobile, plain static copy (no script) | Performance ${plain.performance} · TBT ${Math.round(plain.tbt)} ms | (reference) |`,
      );
    }
    const ms = (latency: Latency) => `${Math.round(latency.median)} ms (worst of ${latency.samples}: ${Math.round(latency.worst)} ms)`;
    const seedLatency = await filterLatency(`${origin(SITE.port)}${SEED_PATH}`, ['سوريا', 'دير_الزور']);
    console.log(`Filter, seed: ${ms(seedLatency)}`);
    const largeLatency = await filterLatency(`${origin(LARGE.port)}${LARGE_PATH}`, ['سوريا', 'حلب']);
    console.log(`Filter, large: ${ms(largeLatency)}`);
    rows.push(
      `| Hashtag filter, tap to next paint, phone, 4× CPU slowdown, seed | ${ms(seedLatency)} | ≤ 50 ms |`,
      `| Hashtag filter, same, 2,000 paragraphs + 500 tweets | ${ms(largeLatency)} | ≤ 100 ms |`,
    );
    const ingest = ingestThroughput();
    rows.push(`| Ingest, ${ingest.megabytes.toFixed(1)} MB of raw text | ${ingest.seconds.toFixed(2)} s | < 2 s |`);
    const table = ['| measure | result | target |', '| --- | --- | --- |', ...rows].join('\n');
    const stamp = `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (Node ${process.versions.node}, Chromium from ${findChromium()}, ${availableParallelism()} cores).`;
    console.log(`\n${table}\n\n${stamp}`);
    writeFileSync(join(BENCH, 'results.md'), `${table}\n\n${stamp}\n`);
    if (args.has('--write-readme')) {
      const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
      const updated = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n\n${stamp}\n<!-- bench:end -->`);
      writeFileSync(join(ROOT, 'README.md'), updated);
    }
  } finally {
    for (const server of servers) server.kill();
  }
}

// Run as a script (`npm run bench`), not when a probe imports filterLatency.
if (process.argv[1] === new URL(import.meta.url).pathname) await main();
