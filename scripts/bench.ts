/**
 * npm run bench — the speed figures in the README (never a timed test in CI):
 *  1. Lighthouse 12 mobile (simulated throttling) on the seed article as the build makes it,
 *     against a plain HTML page of the same text (no webfont, no stylesheet, no script, served
 *     compressed like the app) and the app's own page with its scripts removed, in the same run,
 *     alternately, median of 5 (3 for the script-free copy): LCP, FCP, Speed Index, CLS, TBT,
 *     bytes before the text is readable and bytes of the whole first visit.
 *  2. Hashtag filter latency: a tap on a tag to the next paint (the Event Timing API's duration,
 *     as INP measures it), on a phone-sized page with the CPU slowed 4×; on the seed and on a
 *     generated article of 2,000 paragraphs and 500 tweets; median of 20 taps on one page, its
 *     cold first tap included, and the median of 10 first taps, each on a page just opened.
 *  3. Ingest: a 5 MB raw text of long paragraphs, a 5 MB single line, 5 MB of short lines, and a
 *     50 MB file (refused).
 *  4. Share images: drawing each card, and a rebuild that reuses them.
 *  5. The archive at scale (issue #20): generated archives of 100, 1,000 and 5,000 articles
 *     (copies of the seed under other slugs and dates), each built as for production: build
 *     time, peak memory, dist/ size, and the first load (HTML, JS, CSS, gzip) of the home page,
 *     an article, a tag and the search, compared with the one-article site's (within 1 KB).
 * Options: --only=lighthouse,filter,ingest,share,archive (default: all), --runs=N (Lighthouse
 * pairs), --archive=100,1000,5000 (the sizes), --write-readme (replaces the figures between the
 * README's bench markers).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import type { Article } from '../src/content/schema.ts';
import { extractHashtags } from '../src/lib/hashtags.ts';
import { readAllArticles } from '../src/content/read-articles.ts';
import { shareCardOf } from '../src/features/sharing/lib/share-card.ts';
import { ingestArticle } from '../src/ingest/ingest-article.ts';
import { shareImages } from './lib/share-images.ts';
import { firstLoadOf } from './lib/first-load.ts';
import { escapeHtml } from './lib/page-html.ts';
import { MAX_INPUT_BYTES, readRawText } from './ingest.ts';
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
const SITE = { dir: '.bench/site', port: 4199 } as const;
const origin = (port: number) => `http://localhost:${port}`;
const SEED_PATH = '/articles/deir-ez-zor-recaptured';
const LARGE_PATH = '/articles/bench-large';
const flags = process.argv.slice(2);
const only = new Set((flags.find((flag) => flag.startsWith('--only='))?.slice('--only='.length) ?? 'lighthouse,filter,ingest,share,archive').split(','));
const archiveSizes = (flags.find((flag) => flag.startsWith('--archive='))?.slice('--archive='.length) ?? '100,1000,5000').split(',').map(Number);
const runs = Number(flags.find((flag) => flag.startsWith('--runs='))?.slice('--runs='.length) ?? 5);

/** The median: the middle value, or the mean of the middle two. */
export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  if (sorted.length === 0) return Number.NaN;
  return Number.isInteger(middle) ? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2 : (sorted[Math.floor(middle)] ?? 0);
};

const seed = (): Article => JSON.parse(readFileSync(join(ROOT, 'content/articles/deir-ez-zor-recaptured.json'), 'utf8'));

function generateLargeArticle(): void {
  const prose = seed().blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []));
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

function build(outDir: string, port: number, extraContent?: string): void {
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, SAHIFA_SITE_URL: origin(port), SAHIFA_OUT_DIR: outDir, ...(extraContent ? { SAHIFA_EXTRA_CONTENT: extraContent } : {}) },
  });
}

/** The app's page with every script removed: what the app adds to a static page's cost. */
function writeScriptFreeCopy(): void {
  const html = readFileSync(join(ROOT, SITE.dir, SEED_PATH, 'index.html'), 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  mkdirSync(join(ROOT, SITE.dir, 'bench/script-free'), { recursive: true });
  writeFileSync(join(ROOT, SITE.dir, 'bench/script-free/index.html'), html);
}

/** The same text as a plain HTML page: no webfont, no stylesheet, no script. */
async function writePlainPage(): Promise<void> {
  const article = seed();
  const body = article.blocks
    .map((block) => (block.type === 'paragraph' ? `<p>${escapeHtml(block.text)}</p>` : `<blockquote>${block.text.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('')}<p>— ${escapeHtml(block.author.name)} (@${block.author.handle}) ${escapeHtml(block.date.original)}</p></blockquote>`))
    .join('\n');
  const html = `<!doctype html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${escapeHtml(article.headline.text)}"><title>${escapeHtml(article.headline.text)}</title></head>\n<body><main><article><h1>${escapeHtml(article.headline.text)}</h1>\n${body}\n</article></main></body></html>\n`;
  mkdirSync(join(ROOT, SITE.dir, 'bench/plain'), { recursive: true });
  writeFileSync(join(ROOT, SITE.dir, 'bench/plain/index.html'), html);
  // Served compressed like the app's own pages: the comparison is of the pages, not of encodings.
  await precompress(join(ROOT, SITE.dir, 'bench'));
}

function serve(site: { dir: string; port: number }): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/serve.ts'), '--port', String(site.port), '--dir', site.dir], { cwd: ROOT, stdio: 'ignore' });
}

async function waitForServer(url: string): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export type PageFigures = {
  performance: number; accessibility: number; bestPractices: number; seo: number;
  lcp: number; fcp: number; speedIndex: number; cls: number; tbt: number;
  /** Bytes transferred before the first contentful paint (observed), and in the whole visit. */
  bytesBeforeText: number; bytesTotal: number;
};

type NetworkItem = { transferSize?: number; networkEndTime?: number };

export async function runLighthouse(url: string): Promise<PageFigures> {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const details = lhr.audits['network-requests']?.details;
    const items: NetworkItem[] = details && 'items' in details && Array.isArray(details.items) ? details.items : [];
    const metrics = lhr.audits.metrics?.details;
    const observed: unknown = metrics && 'items' in metrics && Array.isArray(metrics.items) ? metrics.items[0] : undefined;
    const observedFcp: unknown = typeof observed === 'object' && observed !== null ? Reflect.get(observed, 'observedFirstContentfulPaint') : undefined;
    const fcpAt = typeof observedFcp === 'number' ? observedFcp : Number.POSITIVE_INFINITY;
    const sum = (list: NetworkItem[]) => list.reduce((total, item) => total + (item.transferSize ?? 0), 0);
    return {
      performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'),
      lcp: value('largest-contentful-paint'), fcp: value('first-contentful-paint'), speedIndex: value('speed-index'),
      cls: value('cumulative-layout-shift'), tbt: value('total-blocking-time'),
      bytesBeforeText: sum(items.filter((item) => (item.networkEndTime ?? Number.POSITIVE_INFINITY) <= fcpAt)),
      bytesTotal: sum(items),
    };
  } finally {
    await chrome.kill();
  }
}

function medianFigures(results: readonly PageFigures[]): PageFigures {
  const of = (key: keyof PageFigures) => median(results.map((result) => result[key]));
  return {
    performance: of('performance'), accessibility: of('accessibility'), bestPractices: of('bestPractices'), seo: of('seo'),
    lcp: of('lcp'), fcp: of('fcp'), speedIndex: of('speedIndex'), cls: of('cls'), tbt: of('tbt'),
    bytesBeforeText: of('bytesBeforeText'), bytesTotal: of('bytesTotal'),
  };
}

/** A latency figure; `values` are its samples, for a probe's A/B comparison. */
export type Latency = { median: number; worst: number; samples: number; values: readonly number[] };

const latencyOf = (samples: readonly number[]): Latency => ({ median: median(samples), worst: Math.max(...samples), samples: samples.length, values: samples });

type Browser = Awaited<ReturnType<typeof chromium.launch>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

/** Polls with timers in the page (a string: the page has no bundler helpers). */
const until = (page: Page, condition: string) =>
  page.evaluate(`new Promise((resolve) => { const check = () => (${condition}) ? resolve(true) : setTimeout(check, 50); check(); })`);

/** A phone-sized page of `url` in a fresh context, the CPU slowed 4×, once the app has started and the page is idle. */
async function openThrottledPage(browser: Browser, url: string): Promise<Page> {
  // Service workers blocked: combined with CPU throttling they make Chromium drop the page.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(url);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await until(page, `document.documentElement.hasAttribute('data-hydrated')`);
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 30_000 })));
  return page;
}

/**
 * One tap on `tag` in the article's tag list, in ms to the next paint: the Event Timing API's
 * duration for the tap (what INP measures, input delay included), which the browser reports only
 * from 16 ms up; a shorter one counts as 16. The page is driven with raw touch input and
 * page.evaluate only: Playwright's locators install listeners for pointer and touch events and
 * poll in animation frames, and both would be timed as the app's work.
 */
async function tapTag(page: Page, tag: string): Promise<number> {
  const point = await page.evaluate((tag) => {
    const link = document.querySelector(`nav[aria-labelledby="hashtags-title"] a[href="?${new URLSearchParams({ tag }).toString()}"]`);
    if (!link) return null;
    link.scrollIntoView({ block: 'center' });
    const box = link.getBoundingClientRect();
    window.sahifaEvents = [];
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
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
  await page.touchscreen.tap(point.x, point.y);
  await until(page, `new URLSearchParams(location.search).has('tag')`);
  // Event Timing entries arrive after the paint they measure; the deferred blocks follow.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  const durations = await page.evaluate(() => (window.sahifaEvents ?? []).map((entry) => entry.duration));
  return Math.max(16, ...durations);
}

/**
 * Taps on the tags, one after another and back each time (Back between filters), on one page:
 * median of `rounds` × tags taps, the page's first (cold) tap included.
 */
export async function filterLatency(url: string, tags: readonly string[], rounds = 10): Promise<Latency> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await openThrottledPage(browser, url);
    const samples: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const tag of tags) {
        samples.push(await tapTag(page, tag));
        await page.goBack();
        await until(page, `!location.search && !document.querySelector('[aria-current="true"]')`);
        await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 })));
      }
    }
    return latencyOf(samples);
  } finally {
    await browser.close();
  }
}

/**
 * A reader's first tap on a page just opened, the one a reader meets first and INP most often
 * counts (its code runs for the first time): one tap on a fresh page, `pages` times, alternating
 * the tags.
 */
export async function firstTapLatency(url: string, tags: readonly string[], pages = 10): Promise<Latency> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const samples: number[] = [];
    for (let at = 0; at < pages; at += 1) {
      const page = await openThrottledPage(browser, url);
      samples.push(await tapTag(page, tags[at % tags.length] ?? ''));
      await page.context().close();
    }
    return latencyOf(samples);
  } finally {
    await browser.close();
  }
}

function seconds(run: () => unknown): { seconds: number; outcome: string } {
  const start = performance.now();
  let outcome = 'done';
  try {
    run();
  } catch (error) {
    outcome = `refused: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 90)}`;
  }
  return { seconds: (performance.now() - start) / 1000, outcome };
}

function ingestFigures(): string[] {
  const lines = readFileSync(join(ROOT, 'content/raw/000_aa559fc9daf0de27.txt'), 'utf8').split('\n');
  const options = { slug: 'bench', rawName: 'bench.txt' };
  // Long paragraphs (as in long-form reports) keep 5 MB within the schema's 5,000 blocks.
  const unit = [lines.slice(0, 3).join(' ').repeat(4), ...lines.slice(3, 6), lines.slice(6, 9).join(' ').repeat(4), ...lines.slice(9, 12), lines.slice(12).join(' ').repeat(4)].join('\n');
  const parts: string[] = [];
  for (let size = 0, i = 0; size < 5 * 1024 * 1024; i += 1) {
    const chunk = unit.replace(/دير الزور/g, `دير الزور ${i}`);
    parts.push(chunk);
    size += Buffer.byteLength(chunk) + 1;
  }
  const long = seconds(() => ingestArticle(parts.join('\n'), options));
  const line = seconds(() => ingestArticle(`${lines[0]}\n${'-- (@a) '.repeat(5 * 1024 * 128)}`, options));
  const short = seconds(() => ingestArticle(Array.from({ length: 500_000 }, (_, index) => `سطر ${index}`).join('\n'), options));
  mkdirSync(BENCH, { recursive: true });
  const huge = join(BENCH, 'huge.txt');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x61));
  const refused = seconds(() => readRawText(huge));
  rmSync(huge);
  const row = (what: string, figure: { seconds: number; outcome: string }, target: string) => `| Ingest, ${what} | ${figure.seconds.toFixed(2)} s (${figure.outcome}) | ${target} |`;
  return [
    row('5 MB of long paragraphs', long, '< 5 s'),
    row('5 MB on a single line', line, '< 5 s'),
    row('5 MB of short lines', short, '< 5 s'),
    row(`50 MB file (limit ${MAX_INPUT_BYTES / 1024 / 1024} MB)`, refused, 'refused < 2 s'),
  ];
}

/** Share images of the seed and the long test article, drawn from an empty cache, then after one edit. */
async function shareImageFigures(): Promise<string[]> {
  const articles = [readAllArticles(), readAllArticles(join(ROOT, 'tests/fixtures/content/articles'))].flat();
  const drawAll = async (list: readonly Article[], cache: string) => {
    const images = await shareImages(join(BENCH, 'share-dist'), cache);
    const started = performance.now();
    for (const article of list) {
      const cards = [null, ...article.blocks].map((block) => shareCardOf(article, block));
      for (let at = 0; at < cards.length; at += 8) await Promise.all(cards.slice(at, at + 8).map((card) => images.imageOf(card)));
    }
    return { ...images.stats(), seconds: (performance.now() - started) / 1000 };
  };
  const cache = join(BENCH, 'share-cache');
  const clean = await drawAll(articles, cache);
  const [first, ...others] = articles;
  if (!first) return [];
  const edited: Article = { ...first, blocks: first.blocks.map((block, index) => (index === 0 ? { ...block, text: `${block.text} (مُحدَّث)` } : block)) };
  const again = await drawAll([edited, ...others], cache);
  const perImage = (clean.seconds * 1000) / Math.max(1, clean.drawn);
  return [
    `| Share images, clean build | ${clean.drawn} drawn in ${clean.seconds.toFixed(2)} s (${Math.round(perImage)} ms each) | ≤ 50 ms each |`,
    `| Share images, rebuild after one paragraph edit | ${again.drawn} drawn, ${again.reused} reused, ${again.seconds.toFixed(2)} s (${Math.round((100 * again.seconds) / clean.seconds)} % of clean) | ≤ 10 % of clean |`,
  ];
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;

/** `count` articles in all: the seed (in content/) and copies under other slugs, a day apart. */
function generateArchive(count: number): string {
  const dir = join(BENCH, `archive-${count}`);
  mkdirSync(join(dir, 'articles'), { recursive: true });
  const article = seed();
  const start = Date.parse(`${article.date?.iso ?? '2017-11-03'}T00:00:00Z`);
  for (let i = 1; i < count; i += 1) {
    const iso = new Date(start - i * 86_400_000).toISOString().slice(0, 10);
    const copy = { ...article, slug: `archive-${i}`, date: article.date ? { ...article.date, iso } : undefined };
    writeFileSync(join(dir, 'articles', `archive-${i}.json`), JSON.stringify(copy));
  }
  return dir;
}

function sizeOf(path: string): number {
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0) : stat.size;
}

type BuildReport = { articles: number; pages: number; shares: number; records: number; seconds: number; peakMb: number };

/** The first load (HTML + JS + CSS, gzip, KB) of the pages every archive has. */
function firstLoads(dir: string): Record<string, number> {
  const pages = { home: 'index.html', article: `${SEED_PATH.slice(1)}/index.html`, tag: 'tags/سوريا/index.html', search: 'search/index.html' };
  return Object.fromEntries(
    Object.entries(pages).map(([name, file]) => {
      const load = firstLoadOf(dir, join(dir, file));
      return [name, load ? load.htmlKb + load.librariesKb + load.appKb + load.cssKb : Number.NaN];
    }),
  );
}

function buildArchive(count: number): { report: BuildReport; distMb: number; loads: Record<string, number> } {
  const content = count > 1 ? generateArchive(count) : undefined;
  const out = join(BENCH, `archive-${count}-site`);
  const reportFile = join(BENCH, `archive-${count}.json`);
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, SAHIFA_SITE_URL: origin(SITE.port), SAHIFA_OUT_DIR: out, SAHIFA_BUILD_REPORT: reportFile, ...(content ? { SAHIFA_EXTRA_CONTENT: content } : {}) },
  });
  const report: BuildReport = JSON.parse(readFileSync(reportFile, 'utf8'));
  const result = { report, distMb: sizeOf(out) / 1024 / 1024, loads: firstLoads(out) };
  // Thousands of pages: gone once measured.
  rmSync(out, { recursive: true, force: true });
  if (content) rmSync(content, { recursive: true, force: true });
  return result;
}

function archiveRows(): string[] {
  const base = buildArchive(1);
  const rows: string[] = [];
  for (const count of archiveSizes) {
    const { report, distMb, loads } = buildArchive(count);
    const deltas = Object.entries(loads).map(([name, kb]) => `${name} ${(kb - (base.loads[name] ?? Number.NaN)).toFixed(2)}`);
    const worst = Math.max(...Object.entries(loads).map(([name, kb]) => Math.abs(kb - (base.loads[name] ?? Number.NaN))));
    console.log(`Archive of ${count}: ${report.seconds.toFixed(0)} s, ${Math.round(report.peakMb)} MB, dist ${distMb.toFixed(0)} MB, first loads ${JSON.stringify(loads)}`);
    rows.push(
      `| Archive of ${count.toLocaleString('en')} articles: build · peak memory · dist/ | ${report.seconds.toFixed(0)} s (${((report.seconds * 1000) / report.articles).toFixed(0)} ms an article) · ${Math.round(report.peakMb)} MB · ${distMb.toFixed(0)} MB (${report.pages.toLocaleString('en')} pages, ${report.shares.toLocaleString('en')} share pages, ${report.records.toLocaleString('en')} search records) | linear |`,
      `| Archive of ${count.toLocaleString('en')}: first load minus the 1-article site's, KB gzip (HTML+JS+CSS) | ${deltas.join(' · ')} | within ±1 KB${worst <= 1 ? '' : ' — **missed**'} |`,
    );
  }
  const one = Object.entries(base.loads).map(([name, kb]) => `${name} ${kb.toFixed(1)}`).join(' · ');
  rows.unshift(`| First load of the 1-article site, KB gzip (HTML+JS+CSS) | ${one} | (reference) |`);
  return rows;
}

async function lighthouseRows(): Promise<string[]> {
  const app: PageFigures[] = [];
  const plain: PageFigures[] = [];
  const scriptFree: PageFigures[] = [];
  for (let i = 0; i < runs; i += 1) {
    app.push(await runLighthouse(`${origin(SITE.port)}${SEED_PATH}`));
    plain.push(await runLighthouse(`${origin(SITE.port)}/bench/plain/index.html`));
    if (i < 3) scriptFree.push(await runLighthouse(`${origin(SITE.port)}/bench/script-free/index.html`));
    console.log(`Lighthouse run ${i + 1}/${runs}: app LCP ${ms(app.at(-1)?.lcp ?? Number.NaN)}, plain LCP ${ms(plain.at(-1)?.lcp ?? Number.NaN)}`);
  }
  const a = medianFigures(app);
  const p = medianFigures(plain);
  const s = medianFigures(scriptFree);
  const ratio = (x: number, y: number) => (x / y).toFixed(2);
  return [
    `| Lighthouse mobile, seed article | Performance ${a.performance} · Accessibility ${a.accessibility} · Best Practices ${a.bestPractices} · SEO ${a.seo} | 100 · 100 · 100 · 100 |`,
    `| LCP, app / plain HTML page | ${ms(a.lcp)} / ${ms(p.lcp)} (ratio ${ratio(a.lcp, p.lcp)}) | ratio ≤ 1.15 |`,
    `| FCP, app / plain | ${ms(a.fcp)} / ${ms(p.fcp)} (ratio ${ratio(a.fcp, p.fcp)}) | ratio ≤ 1.1 |`,
    `| Speed Index, app / plain | ${ms(a.speedIndex)} / ${ms(p.speedIndex)} (ratio ${ratio(a.speedIndex, p.speedIndex)}) | ratio ≤ 1.3 |`,
    `| CLS · TBT, app | ${a.cls.toFixed(3)} · ${ms(a.tbt)} | 0 · 0 ms |`,
    `| Bytes before the text is readable, app / plain | ${kb(a.bytesBeforeText)} / ${kb(p.bytesBeforeText)} | ≤ 2 × plain + 30 KB (${kb(2 * p.bytesBeforeText + 30 * 1024)}) |`,
    `| Bytes of the first visit, app / plain | ${kb(a.bytesTotal)} / ${kb(p.bytesTotal)} | ≤ 120 KB |`,
    `| The app's page without its scripts: LCP · FCP · bytes | ${ms(s.lcp)} · ${ms(s.fcp)} · ${kb(s.bytesTotal)} | (reference) |`,
  ];
}

async function main(): Promise<void> {
  rmSync(BENCH, { recursive: true, force: true });
  const rows: string[] = [];
  let server: ChildProcess | null = null;
  try {
    if (only.has('lighthouse') || only.has('filter')) {
      generateLargeArticle();
      build(SITE.dir, SITE.port, join(BENCH, 'content'));
      writeScriptFreeCopy();
      await writePlainPage();
      server = serve(SITE);
      await waitForServer(`${origin(SITE.port)}/robots.txt`);
    }
    if (only.has('lighthouse')) rows.push(...(await lighthouseRows()));
    if (only.has('filter')) {
      const text = (latency: Latency) => `${ms(latency.median)} (worst of ${latency.samples}: ${ms(latency.worst)})`;
      const seedTags = ['سوريا', 'دير_الزور'];
      const largeTags = ['سوريا', 'حلب'];
      const seedLatency = await filterLatency(`${origin(SITE.port)}${SEED_PATH}`, seedTags);
      console.log(`Filter, seed: ${text(seedLatency)}`);
      const largeLatency = await filterLatency(`${origin(SITE.port)}${LARGE_PATH}`, largeTags);
      console.log(`Filter, large: ${text(largeLatency)}`);
      const seedFirst = await firstTapLatency(`${origin(SITE.port)}${SEED_PATH}`, seedTags);
      console.log(`Filter, seed, first tap: ${text(seedFirst)}`);
      const largeFirst = await firstTapLatency(`${origin(SITE.port)}${LARGE_PATH}`, largeTags);
      console.log(`Filter, large, first tap: ${text(largeFirst)}`);
      rows.push(
        `| Hashtag filter, tap to next paint, phone, 4× CPU slowdown, seed | ${text(seedLatency)} | ≤ 50 ms |`,
        `| Hashtag filter, same, 2,000 paragraphs + 500 tweets | ${text(largeLatency)} | ≤ 100 ms |`,
        `| Hashtag filter, a page's first tap (fresh page each time), seed · 2,000 paragraphs | ${ms(seedFirst.median)} · ${ms(largeFirst.median)} (worst of ${seedFirst.samples}: ${ms(seedFirst.worst)} · ${ms(largeFirst.worst)}) | ≤ 50 ms · ≤ 100 ms |`,
      );
    }
    if (only.has('ingest')) rows.push(...ingestFigures());
    if (only.has('share')) rows.push(...(await shareImageFigures()));
    if (only.has('archive')) rows.push(...archiveRows());
  } finally {
    server?.kill();
  }
  const table = ['| measure | result | target |', '| --- | --- | --- |', ...rows].join('\n');
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (Node ${process.versions.node}, Chromium from ${findChromium()}, ${availableParallelism()} cores).`;
  console.log(`\n${table}\n\n${stamp}`);
  mkdirSync(BENCH, { recursive: true });
  writeFileSync(join(BENCH, 'results.md'), `${table}\n\n${stamp}\n`);
  if (flags.includes('--write-readme')) {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('<!-- bench:start -->');
    const end = readme.indexOf('<!-- bench:end -->');
    if (start < 0 || end < start) throw new Error('README.md has no bench markers');
    writeFileSync(join(ROOT, 'README.md'), `${readme.slice(0, start)}<!-- bench:start -->\n${table}\n\n${stamp}\n${readme.slice(end)}`);
  }
}

// Run as a script (`npm run bench`), not when a probe imports filterLatency.
if (process.argv[1] === new URL(import.meta.url).pathname) await main();
