/**
 * Size budgets (issue #8, decision 0005), checked in CI on the built app: for every prerendered
 * page, the JavaScript and CSS of its first load (gzip) and the font files it asks for
 * (scripts/lib/first-load.ts). Libraries (React, react-dom, the router: one chunk) and the
 * app's own code have budgets of their own.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chunkFiles, firstLoadOf } from './lib/first-load.ts';

/**
 * `appJsKb` for an article: the entry. `archiveAppJsKb` for the other pages (the list, the tags,
 * a tag, the search, the not-found page): the same entry, cached once any page was read, and
 * their route's own chunks on top (decision 0005).
 */
export const BUDGET = { libraryJsKb: 81, appJsKb: 27.25, archiveAppJsKb: 31.75, cssKb: 15, fontFiles: 2, fontKb: 60 } as const;
const ARCHIVE_PAGES = new Set(['list', 'tags', 'tag', 'search', 'not-found']);

const dist = new URL('../dist/', import.meta.url).pathname;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'assets' || name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const chunks = chunkFiles(dist);
let failed = false;
let pages = 0;
const over: string[] = [];
/** Per kind of page, how many there are and the one with the largest first load. */
const largest = new Map<string, { count: number; total: number; row: string }>();
for (const file of htmlFiles(dist)) {
  const load = firstLoadOf(dist, file, chunks);
  if (load === null) continue;
  pages += 1;
  const { librariesKb: libraries, appKb: app, cssKb: css, fontFiles, fontKb } = load;
  const appBudget = load.kind !== null && ARCHIVE_PAGES.has(load.kind) ? BUDGET.archiveAppJsKb : BUDGET.appJsKb;
  const ok = libraries <= BUDGET.libraryJsKb && app <= appBudget && css <= BUDGET.cssKb && fontFiles <= BUDGET.fontFiles && fontKb <= BUDGET.fontKb;
  failed ||= !ok;
  const row = `${ok ? 'ok  ' : 'OVER'} ${relative(dist, file).padEnd(42)} JS ${(libraries + app).toFixed(1)} KB (libraries ${libraries.toFixed(1)} / ${BUDGET.libraryJsKb}, app ${app.toFixed(1)} / ${appBudget})  CSS ${css.toFixed(1)} KB / ${BUDGET.cssKb}  fonts ${fontFiles} / ${BUDGET.fontFiles} files, ${fontKb.toFixed(1)} KB / ${BUDGET.fontKb}`;
  if (!ok) over.push(row);
  const kind = load.kind ?? 'other';
  const total = libraries + app + css + fontKb;
  const seen = largest.get(kind);
  if (seen === undefined || total > seen.total) largest.set(kind, { count: (seen?.count ?? 0) + 1, total, row });
  else seen.count += 1;
}
// One line per kind of page (an archive has thousands of pages of the same shape), and every page over.
const rows = [...largest].map(([kind, { count, row }]) => `${row}  [largest of ${count} ${kind} page${count === 1 ? '' : 's'}]`);
console.log(`Size budget (gzip, first load) of ${pages} pages:\n${[...rows, ...over].join('\n')}`);
if (pages === 0) {
  console.error('No built pages found: run `npm run build` first.');
  process.exit(1);
}
if (failed) {
  console.error('Over budget: split what first paint does not need, or trim it.');
  process.exit(1);
}
