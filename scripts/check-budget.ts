/**
 * Size budgets (issue #8, decision 0005), checked in CI on the built app: for every prerendered
 * page, the JavaScript and CSS of its first load (gzip) and the font files it asks for. The
 * JavaScript is every script the page loads without being asked: its classic scripts, the app's
 * module entry with its modulepreloads (src/boot/boot.ts loads them from the page's JSON list
 * right after first paint), and the chunk of its route when that route is lazy. Libraries
 * (React, react-dom, the router: one chunk) and the app's own code have budgets of their own.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_DESCRIPTOR_ID, parsePageDescriptor } from '../src/app/page-descriptor.ts';
import { APP_SCRIPTS_ID, parseAppScripts } from '../src/boot/app-scripts.ts';
import type { PageRef } from '../src/lib/addresses.ts';

export const BUDGET = { libraryJsKb: 81, appJsKb: 25, cssKb: 15, fontFiles: 2, fontKb: 60 } as const;

/** The library chunk (vite.config.ts names it). */
const LIBRARIES = /\/vendor-[\w-]+\.js$/;

/** The route modules loaded lazily (src/app/app.tsx), by the kind of page they show. */
const LAZY_ROUTES: Partial<Record<PageRef['kind'], string>> = { list: 'src/app/list-route.tsx', tags: 'src/app/tag-routes.tsx', tag: 'src/app/tag-routes.tsx', search: 'src/app/search-route.tsx' };

const dist = new URL('../dist/', import.meta.url).pathname;

/** The built chunk of each source module (Vite's build manifest). */
function chunkFiles(): Map<string, string> {
  const manifest: unknown = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const files = new Map<string, string>();
  for (const chunk of typeof manifest === 'object' && manifest !== null ? Object.values(manifest) : []) {
    const src: unknown = typeof chunk === 'object' && chunk !== null ? Reflect.get(chunk, 'src') : undefined;
    const file: unknown = typeof chunk === 'object' && chunk !== null ? Reflect.get(chunk, 'file') : undefined;
    if (typeof src === 'string' && typeof file === 'string') files.set(src, `/${file}`);
  }
  return files;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'assets' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function gzipKb(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0) / 1024;
}

function attr(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '');
}

/** The app's scripts that src/boot.js starts after first paint. */
function appScripts(html: string): string[] {
  const json = new RegExp(`<script type="application/json" id="${APP_SCRIPTS_ID}">([^<]*)</script>`).exec(html)?.[1];
  const scripts = parseAppScripts(json);
  return scripts ? [scripts.module, ...scripts.preload] : [];
}

const chunks = chunkFiles();
let failed = false;
const rows: string[] = [];
for (const file of htmlFiles(dist)) {
  const html = readFileSync(file, 'utf8');
  // A share page is a head and a link (decision 0015): no app, no style, nothing to budget.
  if (!html.includes(`id="${PAGE_DESCRIPTOR_ID}"`)) continue;
  const page = parsePageDescriptor(new RegExp(`<script type="application/json" id="${PAGE_DESCRIPTOR_ID}">([^<]*)</script>`).exec(html)?.[1]);
  const route = page ? LAZY_ROUTES[page.kind] : undefined;
  const routeChunk = route === undefined ? undefined : chunks.get(route);
  if (route !== undefined && routeChunk === undefined) throw new Error(`no chunk built for ${route}`);
  const scripts = [
    ...attr(html, /<script[^>]+src="([^"]+)"/g),
    ...attr(html, /<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
    ...appScripts(html),
    ...(routeChunk === undefined ? [] : [routeChunk]),
  ];
  const styles = attr(html, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  // The stylesheet is inlined in the page (issue #21): its bytes count as CSS, gzip on their own.
  const inline = attr(html, /<style>([^<]*)<\/style>/g).join('');
  const css = gzipKb(styles) + gzipSync(inline, { level: 9 }).length / 1024;
  const cssText = inline + styles.map((file) => readFileSync(join(dist, file), 'utf8')).join('');
  // The font files a page can ask for: the faces its CSS declares (each fetched only when used,
  // and not at all where the reader has the font: local()), and any it preloads.
  const fontFiles = new Set([...attr(cssText, /url\(["']?([^)"']+\.woff2)["']?\)/g), ...attr(html, /<link[^>]+rel="preload"[^>]+href="([^"]+\.woff2?)"/g)]);
  const libraries = gzipKb(scripts.filter((script) => LIBRARIES.test(script)));
  const app = gzipKb(scripts.filter((script) => !LIBRARIES.test(script)));
  const fontKb = [...fontFiles].reduce((sum, file) => sum + readFileSync(join(dist, file)).length, 0) / 1024;
  const ok = libraries <= BUDGET.libraryJsKb && app <= BUDGET.appJsKb && css <= BUDGET.cssKb && fontFiles.size <= BUDGET.fontFiles && fontKb <= BUDGET.fontKb;
  failed ||= !ok;
  rows.push(
    `${ok ? 'ok  ' : 'OVER'} ${relative(dist, file).padEnd(42)} JS ${(libraries + app).toFixed(1)} KB (libraries ${libraries.toFixed(1)} / ${BUDGET.libraryJsKb}, app ${app.toFixed(1)} / ${BUDGET.appJsKb})  CSS ${css.toFixed(1)} KB / ${BUDGET.cssKb}  fonts ${fontFiles.size} / ${BUDGET.fontFiles} files, ${fontKb.toFixed(1)} KB / ${BUDGET.fontKb}`,
  );
}
console.log(`Size budget (gzip, first load):\n${rows.join('\n')}`);
if (rows.length === 0) {
  console.error('No built pages found: run `npm run build` first.');
  process.exit(1);
}
if (failed) {
  console.error('Over budget: split what first paint does not need, or trim it.');
  process.exit(1);
}
