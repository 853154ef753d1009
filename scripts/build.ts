/**
 * The production build: the site's pages and their data from the validated articles, the client
 * bundle, a Node build of the prerender entry, then static HTML for every page, the offline
 * worker and precompressed copies. The output is plain static files for any static host.
 *
 * SAHIFA_SITE_URL (required): where the site is published, for canonical and Open Graph URLs.
 * SAHIFA_EXTRA_CONTENT=<dir>[:<dir>…] adds the articles of other content folders (the test
 * fixtures, the bench's generated ones); SAHIFA_OUT_DIR chooses where the build goes (dist/).
 * SAHIFA_BUILD_REPORT=<file> writes the build's figures there as JSON (the bench reads them).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { buildSite } from '../src/app/site.ts';
import { readArticles } from '../src/content/read-articles.ts';
import { articleDirs } from './lib/content-dirs.ts';
import { editorReport } from '../src/content/editor-report.ts';
import { computeBuildId } from './lib/build-id.ts';
import { shareCardOf } from '../src/features/sharing/lib/share-card.ts';
import { shareImages } from './lib/share-images.ts';
import { writeIcons } from './lib/icons.ts';
import { takeStylesheet } from './lib/page-html.ts';
import { atomFeed, robotsTxt, sitemaps } from './lib/feeds.ts';
import { writeSearchIndex } from './lib/search-index.ts';
import { siteUrlFrom } from './lib/site-url.ts';
import { prerender } from './prerender.ts';
import { precompress } from './precompress.ts';
import { buildServiceWorker } from './service-worker.ts';
import { buildManifestPath } from './lib/first-load.ts';

const root = new URL('..', import.meta.url).pathname;
const outDir = process.env.SAHIFA_OUT_DIR ?? 'dist';
const dist = resolve(root, outDir);

class BuildError extends Error {}

/**
 * A script of its own, bundled and minified as one classic script: the boot script (inlined in
 * every page, src/boot/boot.ts) and the offline worker (src/sw/service-worker.ts).
 */
async function bundleScript(entry: string, name: string, target: string): Promise<string> {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    // Workbox keeps its development logging behind this.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      target,
      lib: { entry: join(root, entry), formats: ['iife'], name, fileName: name },
    },
  });
  const results: Rolldown.RolldownOutput[] = Array.isArray(output) ? output : 'output' in output ? [output] : [];
  const chunk = results.flatMap((result) => result.output).find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new BuildError(`${entry} did not bundle`);
  return chunk.code.trim();
}

async function main(): Promise<void> {
  const started = performance.now();
  // How long each step took, for the report (the bench shows where an archive's time goes).
  const phases: Record<string, number> = {};
  let last = started;
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - last);
    last = now;
  };
  const siteUrl = siteUrlFrom(process.env.SAHIFA_SITE_URL);
  const buildId = computeBuildId(root);
  process.env.SAHIFA_BUILD_ID = buildId;
  const articles = readArticles(articleDirs(root));
  const site = buildSite(articles, buildId);
  phase('read and model');

  await build({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  // Vite's manifest (which source module became which file) is for the budget and the bench,
  // not for readers: it leaves the published files.
  mkdirSync(dirname(buildManifestPath(dist)), { recursive: true });
  renameSync(join(dist, '.vite/manifest.json'), buildManifestPath(dist));
  rmSync(join(dist, '.vite'), { recursive: true });
  await writeIcons(dist);
  // The server bundle imports React and the router from the project's node_modules: it is
  // written inside the project (one folder per output), not beside an output that may be
  // outside it (SAHIFA_OUT_DIR=/tmp/site found no 'react' from /tmp/site-ssr).
  const ssrDir = resolve(root, 'node_modules/.cache/sahifa-ssr', createHash('sha256').update(dist).digest('hex').slice(0, 16));
  await build({ root, logLevel: 'warn', build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false } });
  const boot = await bundleScript('src/boot/boot.ts', 'sahifaBoot', 'es2019');
  const shareBoot = await bundleScript('src/boot/share-boot.ts', 'sahifaShareBoot', 'es2019');
  phase('bundle');
  const { template, href: stylesheet } = takeStylesheet(readFileSync(join(dist, 'index.html'), 'utf8'));
  const style = readFileSync(join(dist, stylesheet), 'utf8').trim();
  // Kept between builds (and between the test builds): only changed cards are drawn again.
  const images = await shareImages(dist, resolve(root, process.env.SAHIFA_SHARE_IMAGE_CACHE ?? 'node_modules/.cache/sahifa-share-images'));
  const written = await prerender(site, join(ssrDir, 'entry-server.js'), {
    dist,
    template,
    boot,
    shareBoot,
    style,
    siteUrl,
    shareImage: (article, block) => images.imageOf(shareCardOf(article, block)),
  });
  const drawing = images.stats();
  phase('prerender');
  rmSync(ssrDir, { recursive: true, force: true });
  writeFileSync(join(dist, 'feed.xml'), atomFeed(site, siteUrl));
  for (const { file, xml } of await sitemaps(site, siteUrl)) writeFileSync(join(dist, file), xml);
  writeFileSync(join(dist, 'robots.txt'), robotsTxt(siteUrl));
  phase('feeds');
  const search = await writeSearchIndex(site.articles, dist);
  phase('search index');
  const worker = await buildServiceWorker(dist, await bundleScript('src/sw/service-worker.ts', 'sahifaWorker', 'es2020'));
  phase('offline worker');
  const compressed = await precompress(dist);
  phase('precompress');
  const seconds = (performance.now() - started) / 1000;
  // The Node process's peak resident memory (Pagefind's indexer runs as a process of its own).
  const peakMb = process.resourceUsage().maxRSS / 1024;
  if (process.env.SAHIFA_BUILD_REPORT) {
    writeFileSync(process.env.SAHIFA_BUILD_REPORT, JSON.stringify({ articles: site.articles.length, ...written, records: search.records, seconds, peakMb, phases }));
  }
  console.log(
    `Built ${site.articles.length} articles for ${siteUrl}: ${written.pages} pages, ${written.shares} share pages and ${written.data} data files; ` +
      `${search.records} search records; share images: ${drawing.drawn} drawn${drawing.drawn > 0 ? ` (${Math.round(drawing.drawMs / drawing.drawn)} ms each)` : ''}, ${drawing.reused} reused; ` +
      `the offline worker precaches the shell: ${worker.count} files (${Math.round(worker.size / 1024)} KB); precompressed ${compressed} files; ${seconds.toFixed(1)} s, peak memory ${Math.round(peakMb)} MB.`,
  );
  for (const line of editorReport(articles)) console.log(line);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
