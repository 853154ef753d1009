/**
 * Size budgets (issue #8), checked in CI on the built app: for every prerendered page, the
 * JavaScript and CSS of its first load (gzip) and the font files it asks for. The JavaScript is
 * every script the page names: its classic scripts, and the app's module entry with its
 * modulepreloads, which src/boot.js loads from the page's JSON list right after first paint.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_SCRIPTS_ID, parseAppScripts } from '../src/boot/app-scripts.ts';

export const BUDGET = { jsKb: 95, cssKb: 15, fontFiles: 2 } as const;

const dist = new URL('../dist/', import.meta.url).pathname;

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

let failed = false;
const rows: string[] = [];
for (const file of htmlFiles(dist)) {
  const html = readFileSync(file, 'utf8');
  const scripts = [
    ...attr(html, /<script[^>]+src="([^"]+)"/g),
    ...attr(html, /<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
    ...appScripts(html),
  ];
  const styles = attr(html, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const fonts = attr(html, /<link[^>]+rel="preload"[^>]+href="([^"]+\.woff2?)"/g);
  const cssFontFiles = new Set(styles.flatMap((css) => attr(readFileSync(join(dist, css), 'utf8'), /url\(([^)]+\.woff2)\)/g)));
  const js = gzipKb(scripts);
  const css = gzipKb(styles);
  const ok = js <= BUDGET.jsKb && css <= BUDGET.cssKb && fonts.length <= BUDGET.fontFiles;
  failed ||= !ok;
  rows.push(
    `${ok ? 'ok  ' : 'OVER'} ${relative(dist, file).padEnd(42)} JS ${js.toFixed(1)} KB / ${BUDGET.jsKb}  CSS ${css.toFixed(1)} KB / ${BUDGET.cssKb}  fonts preloaded ${fonts.length} / ${BUDGET.fontFiles} (woff2 faces declared: ${cssFontFiles.size})`,
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
