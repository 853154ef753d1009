/**
 * The production build: the client bundle, a Node build of the prerender entry, then static
 * HTML for every route (scripts/prerender.ts) and precompressed copies for static hosts.
 * The output in dist/ is plain static files.
 */
import { rmSync } from 'node:fs';
import { build } from 'vite';
import { prerender } from './prerender.ts';
import { precompress } from './precompress.ts';
import { buildServiceWorker } from './service-worker.ts';

const root = new URL('..', import.meta.url).pathname;
const outDir = process.env.SAHIFA_OUT_DIR ?? (process.env.SAHIFA_FIXTURES === '1' ? 'dist-fixtures' : 'dist');

try {
  await build({ root, logLevel: 'warn' });
  await build({
    root,
    logLevel: 'warn',
    build: { ssr: 'src/entry-server.tsx', outDir: 'dist-ssr', emptyOutDir: true, copyPublicDir: false },
  });
  const pages = await prerender(root, outDir);
  rmSync(`${root}dist-ssr`, { recursive: true, force: true });
  const worker = await buildServiceWorker(`${root}${outDir}`);
  const compressed = precompress(`${root}${outDir}`);
  console.log(
    `Prerendered ${pages.length} pages (${pages.join(', ')}); service worker precaches ${worker.count} files ` +
      `(${Math.round(worker.size / 1024)} KB); precompressed ${compressed} files.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
