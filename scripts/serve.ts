/**
 * Serves the built app (dist/) the way any static host would: files as they are, precompressed
 * copies when the browser accepts them, 404.html with status 404 for anything else.
 * Usage: tsx scripts/serve.ts [--port 4173] [--dir dist]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

const dirFlag = process.argv.indexOf('--dir');
const root = new URL(`../${dirFlag >= 0 ? process.argv[dirFlag + 1] : 'dist'}`, import.meta.url).pathname;
const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag >= 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 4173));

if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root} has no build: run \`npm run build\` first.`);
  process.exit(1);
}

const notFound = readFileSync(join(root, '404.html'));
const assets = sirv(root, {
  brotli: true,
  gzip: true,
  etag: true,
  extensions: ['html'],
  setHeaders(res, pathname) {
    if (pathname.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    else res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
  },
});

// Long shared URLs (a filter tag of thousands of characters) must still reach the page.
const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
  assets(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(notFound);
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Sahifa is served on http://localhost:${port}`);
});
