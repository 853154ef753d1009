/**
 * Serves a built site the way a static host does, asking the address rule
 * (src/lib/addresses.ts) what each path is: files as they are on disk at the moment of the
 * request (a rebuild underneath is served as it is now: every request opens and stats its
 * file, and streams the file it opened, so the length and ETag are always the bytes sent),
 * precompressed copies when the browser accepts them, and the not-found page with status 404
 * for anything else. It never crashes on a missing file.
 */
import type { Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileOf, resolveAddress, type PageRef } from '../../src/lib/addresses.ts';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
};

type Opened = { readonly handle: FileHandle; readonly stats: Stats; readonly encoding: 'br' | 'gzip' | null };

async function openFile(path: string): Promise<{ handle: FileHandle; stats: Stats } | null> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const stats = await handle.stat();
    if (stats.isFile()) return { handle, stats };
  } catch {
    // Missing, a folder, unreadable: not this file.
  }
  await handle?.close().catch(() => undefined);
  return null;
}

/** The file, or its brotli or gzip copy when the request accepts one and it exists. */
async function openBest(path: string, accept: string): Promise<Opened | null> {
  const variants: [suffix: string, encoding: 'br' | 'gzip'][] = [];
  if (/\bbr\b/.test(accept)) variants.push(['.br', 'br']);
  if (/\bgzip\b/.test(accept)) variants.push(['.gz', 'gzip']);
  for (const [suffix, encoding] of variants) {
    const found = await openFile(path + suffix);
    if (found) return { ...found, encoding };
  }
  const plain = await openFile(path);
  return plain ? { ...plain, encoding: null } : null;
}

/** A path inside the root for a decoded URL path, or null when it would leave it. */
function inside(root: string, urlPath: string): string | null {
  if (urlPath.includes('\0')) return null;
  const resolved = normalize(join(root, urlPath));
  return resolved === root || resolved.startsWith(root.endsWith(sep) ? root : root + sep) ? resolved : null;
}

function send(request: IncomingMessage, response: ServerResponse, file: Opened, status: number, cacheControl: string, type: string): void {
  const { handle, stats, encoding } = file;
  const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;
  response.setHeader('Content-Type', type);
  response.setHeader('Cache-Control', cacheControl);
  response.setHeader('Vary', 'Accept-Encoding');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  if (encoding) response.setHeader('Content-Encoding', encoding);
  if (status === 200) {
    response.setHeader('ETag', etag);
    response.setHeader('Last-Modified', stats.mtime.toUTCString());
    if (request.headers['if-none-match'] === etag) {
      response.statusCode = 304;
      response.end();
      void handle.close();
      return;
    }
  }
  response.statusCode = status;
  response.setHeader('Content-Length', stats.size);
  if (request.method === 'HEAD') {
    response.end();
    void handle.close();
    return;
  }
  if (stats.size === 0) {
    response.end();
    void handle.close();
    return;
  }
  // The bytes of the file that was opened and measured, whatever has replaced it on disk since.
  // pipeline closes the file however the response ends: sent, failed, or a reader gone away
  // mid-file or before it began (a font given up under `font-display: optional`, a page left).
  pipeline(handle.createReadStream({ start: 0, end: stats.size - 1, autoClose: true }), response, () => undefined);
}

export type SiteServerOptions = { readonly root: string };

/** The request handler for a built site at `root`. */
export function siteHandler({ root }: SiteServerOptions): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const exists = async (page: PageRef): Promise<boolean> => {
    const found = await openFile(join(root, fileOf(page)));
    await found?.handle.close();
    return found !== null;
  };
  return async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.statusCode = 405;
        response.setHeader('Allow', 'GET, HEAD');
        response.end();
        return;
      }
      // The request's path as it came: «//Search» resolved against a base would be a host.
      const target = request.url ?? '/';
      const { pathname } = new URL(target.startsWith('/') ? `http://localhost${target}` : target, 'http://localhost');
      const accept = String(request.headers['accept-encoding'] ?? '');
      let decoded: string | null = null;
      try {
        decoded = decodeURIComponent(pathname);
      } catch {
        decoded = null;
      }
      // A file (a script, a style, a font, data, an image; a page's own index.html and the
      // not-found page's file, as static hosts serve them) is served as it is.
      const extension = decoded === null ? '' : extname(decoded);
      if (decoded !== null && extension !== '') {
        const path = inside(root, decoded);
        const file = path === null ? null : await openBest(path, accept);
        if (file) {
          const immutable = decoded.startsWith('/assets/');
          send(request, response, file, 200, immutable ? 'public, max-age=31536000, immutable' : 'no-cache', TYPES[extension.toLowerCase()] ?? 'application/octet-stream');
          return;
        }
      }
      // A page: the rule says which (or none), the file on disk now is what is sent.
      const candidate = resolveAddress(pathname, () => true);
      const page = candidate.page.kind !== 'not-found' && (await exists(candidate.page)) ? candidate.page : null;
      const file = await openBest(join(root, page ? fileOf(page) : '404.html'), accept);
      if (!file) {
        response.statusCode = page ? 500 : 404;
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.end(page ? 'The page is missing from the build.' : 'Not found.');
        return;
      }
      send(request, response, file, page ? 200 : 404, 'no-cache', TYPES['.html'] ?? 'text/html');
    } catch {
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    }
  };
}

/** An HTTP server for the built site at `root`; long URLs (a shared tag of thousands of characters) still reach it. */
export function createSiteServer(options: SiteServerOptions): Server {
  const handle = siteHandler(options);
  return createServer({ maxHeaderSize: 64 * 1024 }, (request, response) => void handle(request, response));
}
