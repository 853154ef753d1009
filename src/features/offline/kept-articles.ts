/**
 * The articles this browser can open offline: those saved for it and those read lately (the
 * offline worker's caches, offline-policy.ts), for the page that says a page is not here offline
 * to offer them. Saved ones first, then the latest read first.
 */
import { dataPathOf, parsePath, pathOf } from '../../lib/addresses.ts';
import { READ_CACHE, SAVED_CACHE } from '../../lib/offline-policy.ts';

export type KeptArticle = { readonly href: string; readonly title: string };

/** The most offered: a phone's screen of them. */
const MOST = 12;

function headlineOf(data: unknown): string | null {
  const article: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'article') : null;
  const headline: unknown = typeof article === 'object' && article !== null ? Reflect.get(article, 'headline') : null;
  const text: unknown = typeof headline === 'object' && headline !== null ? Reflect.get(headline, 'text') : null;
  return typeof text === 'string' && text !== '' ? text : null;
}

export async function articlesKeptOffline(): Promise<KeptArticle[]> {
  if (typeof caches === 'undefined') return [];
  const kept: KeptArticle[] = [];
  const seen = new Set<string>();
  for (const name of [SAVED_CACHE, READ_CACHE]) {
    // caches.has first: looking must not create a cache.
    if (!(await caches.has(name))) continue;
    const requests = await (await caches.open(name)).keys();
    for (const request of [...requests].reverse()) {
      const page = parsePath(new URL(request.url).pathname)?.page;
      const href = page === undefined ? null : pathOf(page);
      const data = page === undefined ? null : dataPathOf(page);
      if (page?.kind !== 'article' || href === null || data === null || seen.has(href)) continue;
      seen.add(href);
      // The page's data is what opens it offline: without it, it is not offered.
      const response = await caches.match(data);
      const title = headlineOf(response ? await response.json().catch(() => null) : null);
      if (title !== null) kept.push({ href, title });
      if (kept.length === MOST) return kept;
    }
  }
  return kept;
}
