/**
 * What a prerendered page costs on its first load, gzip (issue #8, decision 0005): its HTML, the
 * JavaScript it loads without being asked (its classic scripts, the app's module entry with its
 * modulepreloads, which src/boot/boot.ts loads from the page's JSON list right after first paint,
 * and the chunk of its route when that route is lazy), its CSS (inline and linked) and the font
 * files it can ask for. Read by the budget (scripts/check-budget.ts) and the bench's archive
 * figures (scripts/bench.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_DESCRIPTOR_ID, parsePageDescriptor } from '../../src/app/page-descriptor.ts';
import { APP_SCRIPTS_ID, parseAppScripts } from '../../src/boot/app-scripts.ts';
import type { PageRef } from '../../src/lib/addresses.ts';

/** The library chunk (vite.config.ts names it). */
const LIBRARIES = /\/vendor-[\w-]+\.js$/;

/** The route modules loaded lazily (src/app/app.tsx), by the kind of page they show. */
const LAZY_ROUTES: Partial<Record<PageRef['kind'], string>> = {
  list: 'src/app/list-route.tsx',
  tags: 'src/app/tag-routes.tsx',
  tag: 'src/app/tag-routes.tsx',
  search: 'src/app/search-route.tsx',
  'not-found': 'src/app/not-found-route.tsx',
};

export type FirstLoad = {
  /** The page's kind (null: a page of the app whose descriptor is missing). */
  readonly kind: PageRef['kind'] | null;
  readonly htmlKb: number;
  readonly librariesKb: number;
  readonly appKb: number;
  readonly cssKb: number;
  readonly fontFiles: number;
  readonly fontKb: number;
};

/**
 * Where the build keeps Vite's manifest of the site built in `dist`: outside it (scripts/build.ts
 * moves it there), since no reader needs the list of the app's source files; the budget and the
 * bench read it.
 */
export function buildManifestPath(dist: string): string {
  const key = createHash('sha256').update(resolve(dist)).digest('hex').slice(0, 16);
  return new URL(`../../node_modules/.cache/sahifa-build-manifest/${key}.json`, import.meta.url).pathname;
}

/**
 * The built files of each source module that is a chunk (Vite's build manifest): its chunk and
 * the chunks it imports, transitively (a lazy route's shared pieces load with it).
 */
export function chunkFiles(dist: string): Map<string, string[]> {
  const manifest: unknown = JSON.parse(readFileSync(buildManifestPath(dist), 'utf8'));
  const entries = new Map<string, { file: string; imports: string[] }>();
  for (const [key, chunk] of typeof manifest === 'object' && manifest !== null ? Object.entries(manifest) : []) {
    const file: unknown = typeof chunk === 'object' && chunk !== null ? Reflect.get(chunk, 'file') : undefined;
    const imports: unknown = typeof chunk === 'object' && chunk !== null ? Reflect.get(chunk, 'imports') : undefined;
    if (typeof file === 'string') entries.set(key, { file, imports: Array.isArray(imports) ? imports.filter((name) => typeof name === 'string') : [] });
  }
  const filesOf = (key: string, seen = new Set<string>()): string[] => {
    const entry = entries.get(key);
    if (!entry || seen.has(key)) return [];
    seen.add(key);
    return [`/${entry.file}`, ...entry.imports.flatMap((name) => filesOf(name, seen))];
  };
  return new Map([...entries.keys()].map((key) => [key, filesOf(key)]));
}

const kb = (bytes: number) => bytes / 1024;

function gzipKb(dist: string, files: readonly string[]): number {
  return kb(files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0));
}

function attr(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '');
}

function appScripts(html: string): string[] {
  const json = new RegExp(`<script type="application/json" id="${APP_SCRIPTS_ID}">([^<]*)</script>`).exec(html)?.[1];
  const scripts = parseAppScripts(json);
  return scripts ? [scripts.module, ...scripts.preload] : [];
}

/** The first load of the page in `file`, or null for a page without the app (a share page). */
export function firstLoadOf(dist: string, file: string, chunks: ReadonlyMap<string, readonly string[]> = chunkFiles(dist)): FirstLoad | null {
  const html = readFileSync(file, 'utf8');
  // A share page is a head and a link (decision 0015): no app, no style, nothing to budget.
  if (!html.includes(`id="${PAGE_DESCRIPTOR_ID}"`)) return null;
  const page = parsePageDescriptor(new RegExp(`<script type="application/json" id="${PAGE_DESCRIPTOR_ID}">([^<]*)</script>`).exec(html)?.[1]);
  const route = page ? LAZY_ROUTES[page.kind] : undefined;
  const routeChunks = route === undefined ? [] : chunks.get(route);
  if (routeChunks === undefined) throw new Error(`no chunk built for ${route}`);
  // Each file once: the route's imports include the entry's own chunks.
  const scripts = [
    ...new Set([...attr(html, /<script[^>]+src="([^"]+)"/g), ...attr(html, /<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g), ...appScripts(html), ...routeChunks]),
  ];
  const styles = attr(html, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  // The stylesheet is inlined in the page (issue #21): its bytes count as CSS, gzip on their own.
  const inline = attr(html, /<style>([^<]*)<\/style>/g).join('');
  const cssText = inline + styles.map((style) => readFileSync(join(dist, style), 'utf8')).join('');
  // The font files a page can ask for: the faces its CSS declares (each fetched only when used,
  // and not at all where the reader has the font: local()), and any it preloads.
  const fonts = new Set([...attr(cssText, /url\(["']?([^)"']+\.woff2)["']?\)/g), ...attr(html, /<link[^>]+rel="preload"[^>]+href="([^"]+\.woff2?)"/g)]);
  return {
    kind: page?.kind ?? null,
    htmlKb: kb(gzipSync(html, { level: 9 }).length),
    librariesKb: gzipKb(dist, scripts.filter((script) => LIBRARIES.test(script))),
    appKb: gzipKb(dist, scripts.filter((script) => !LIBRARIES.test(script))),
    cssKb: gzipKb(dist, styles) + kb(gzipSync(inline, { level: 9 }).length),
    fontFiles: fonts.size,
    fontKb: kb([...fonts].reduce((sum, font) => sum + readFileSync(join(dist, font)).length, 0)),
  };
}
