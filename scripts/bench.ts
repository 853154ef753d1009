/**
 * npm run bench — the speed figures in the README (never a timed test in CI):
 *  1. Lighthouse 12 mobile scores and LCP of the seed article, next to a plain static HTML copy of
 *     the same page (its scripts removed) measured in the same run; median of 3 runs each.
 *  2. Hashtag filter latency, choosing a tag to the next paint, Chromium with 4× CPU slowdown, on
 *     the seed and on a generated article of 2,000 paragraphs and 500 tweets; median of 6.
 *  3. Ingest throughput on a generated 5 MB raw file.
 * Options: --skip-lighthouse, --write-readme (replaces the figures between the README markers).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { extractHashtags } from '../src/lib/hashtags.ts';
import { ingestArticle } from '../src/ingest/ingest-article.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/find-browser.ts';

declare global {
  interface Window {
    /** Set by the filter latency probe: resolves with the time from click to next paint. */
    sahifaLatency?: Promise<number>;
  }
}

const ROOT = new URL('..', import.meta.url).pathname;
const BENCH = join(ROOT, '.bench');
const PORT = 4199;
const ORIGIN = `http://localhost:${PORT}`;
const SEED_PATH = '/articles/deir-ez-zor-recaptured';
const LARGE_PATH = '/articles/bench-large';
const args = new Set(process.argv.slice(2));

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
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

function build(): void {
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, SAHIFA_EXTRA_CONTENT: join(BENCH, 'content'), SAHIFA_OUT_DIR: '.bench/dist' },
  });
  // The physical limit: the same page as plain HTML, every script removed.
  const html = readFileSync(join(BENCH, 'dist', SEED_PATH, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]+rel="modulepreload"[^>]*>/g, '');
  mkdirSync(join(BENCH, 'dist/static-copy'), { recursive: true });
  writeFileSync(join(BENCH, 'dist/static-copy/index.html'), html);
  rmSync(join(BENCH, 'dist/static-copy/index.html.br'), { force: true });
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

async function lighthouseMedian(url: string, runs = 3): Promise<LighthouseFigures> {
  const results: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i += 1) results.push(await runLighthouse(url));
  const pick = (key: keyof LighthouseFigures) => median(results.map((result) => result[key]));
  return { performance: pick('performance'), accessibility: pick('accessibility'), bestPractices: pick('bestPractices'), seo: pick('seo'), lcp: pick('lcp'), tbt: pick('tbt') };
}

/** Choosing a tag to the next paint, in ms, with the CPU slowed 4×. */
async function filterLatency(path: string, tags: readonly string[]): Promise<number> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    // Service workers blocked: combined with CPU throttling they make Chromium drop the page, and
    // offline caching is not what this measures.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}${path}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // The filter logic loads after hydration: wait until a tag click filters.
    await page.getByRole('navigation', { name: 'وسوم المقال' }).getByRole('link').first().waitFor();
    const samples: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const tag of tags) {
        const link = page.getByRole('navigation', { name: 'وسوم المقال' }).getByRole('link', { name: `#${tag}`, exact: true });
        await page.evaluate(() => {
          window.sahifaLatency = new Promise<number>((resolve) => {
            let start = 0;
            document.addEventListener('click', () => (start = performance.now()), { capture: true, once: true });
            const observer = new MutationObserver(() => {
              if (!start || !document.querySelector('[aria-current="true"]')) return;
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
            });
            observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
          });
        });
        await link.click();
        samples.push(await page.evaluate(() => window.sahifaLatency ?? Promise.resolve(Number.NaN)));
        await page.goBack();
        await page.locator('[aria-current="true"]').first().waitFor({ state: 'detached' });
      }
    }
    return median(samples);
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
  build();
  const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/serve.ts'), '--port', String(PORT), '--dir', '.bench/dist'], { cwd: ROOT, stdio: 'ignore' });
  try {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const rows: string[] = [];
    if (!args.has('--skip-lighthouse')) {
      const app = await lighthouseMedian(`${ORIGIN}${SEED_PATH}`);
      const plain = await lighthouseMedian(`${ORIGIN}/static-copy/`);
      rows.push(
        `| Lighthouse mobile, seed article | Performance ${app.performance} · Accessibility ${app.accessibility} · Best Practices ${app.bestPractices} · SEO ${app.seo} | ≥ 98 · 100 · 100 · 100 |`,
        `| LCP, seed article / plain static copy | ${Math.round(app.lcp)} ms / ${Math.round(plain.lcp)} ms (ratio ${(app.lcp / plain.lcp).toFixed(2)}) | ratio ≤ 1.15 |`,
        `| Total Blocking Time, seed article | ${Math.round(app.tbt)} ms | 0 ms |`,
      );
    }
    const seedLatency = await filterLatency(SEED_PATH, ['سوريا', 'دير_الزور']);
    const largeLatency = await filterLatency(LARGE_PATH, ['سوريا', 'حلب']);
    rows.push(
      `| Hashtag filter, tag to next paint, 4× CPU slowdown, seed | ${seedLatency.toFixed(1)} ms | ≤ 50 ms |`,
      `| Hashtag filter, same, 2,000 paragraphs + 500 tweets | ${largeLatency.toFixed(1)} ms | ≤ 100 ms |`,
    );
    const ingest = ingestThroughput();
    rows.push(`| Ingest, ${ingest.megabytes.toFixed(1)} MB of raw text | ${ingest.seconds.toFixed(2)} s | < 2 s |`);
    const table = ['| measure | result | target |', '| --- | --- | --- |', ...rows].join('\n');
    const stamp = `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (Node ${process.versions.node}, Chromium from ${findChromium()}, 2 cores).`;
    console.log(`\n${table}\n\n${stamp}`);
    writeFileSync(join(BENCH, 'results.md'), `${table}\n\n${stamp}\n`);
    if (args.has('--write-readme')) {
      const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
      const updated = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n\n${stamp}\n<!-- bench:end -->`);
      writeFileSync(join(ROOT, 'README.md'), updated);
    }
  } finally {
    server.kill();
  }
}

await main();
