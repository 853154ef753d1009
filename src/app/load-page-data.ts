/**
 * The browser's side of the page data (page-data.ts): each page's JSON fetched once and kept; a
 * failed load is kept as failed (the error view shows it) until the reader tries again
 * (`forgetFailedLoads`), and the data is checked against the app's own
 * build: data written for other code means the site was deployed under this tab, and the page
 * reloads onto the new version (deploy-recovery.ts). The prerenderer primes the same cache.
 */
import type { PageData } from './page-data.ts';
import { loadOrRecover, reloadOntoNewVersion } from './deploy-recovery.ts';

/** This build of the app's code (vite.config.ts defines it; the build stamps the data with it). */
export const BUILD_ID: string = import.meta.env.SAHIFA_BUILD_ID ?? 'dev';

const loaded = new Map<string, PageData | null>();
const pending = new Map<string, Promise<PageData | null>>();
const failed = new Set<string>();

/** The page's data if it is here already (undefined: not loaded; null: the page does not exist). */
export function peekPageData(path: string): PageData | null | undefined {
  return loaded.get(path);
}

/** For the prerenderer and the entry: data already at hand. */
export function primePageData(path: string, data: PageData | null): void {
  loaded.set(path, data);
}

export function forgetPageData(path: string): void {
  loaded.delete(path);
  pending.delete(path);
}

class HttpError extends Error {}

async function fetchPageData(path: string): Promise<PageData | null> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (response.status === 404) return null;
  if (!response.ok) throw new HttpError(`${path}: HTTP ${response.status}`);
  const data: PageData = await response.json();
  return data;
}

/** Loads a page's data (null when the site has no such page). */
export function loadPageData(path: string): Promise<PageData | null> {
  const existing = pending.get(path);
  if (existing) return existing;
  const promise = loadOrRecover(() => fetchPageData(path)).then(
    (data) => {
      if (data !== null && data.build !== BUILD_ID) return reloadOntoNewVersion();
      loaded.set(path, data);
      return data;
    },
    (error: unknown) => {
      failed.add(path);
      throw error;
    },
  );
  pending.set(path, promise);
  return promise;
}

/** «المحاولة مرة أخرى»: loads that failed are tried afresh the next time they are asked for. */
export function forgetFailedLoads(): void {
  for (const path of failed) pending.delete(path);
  failed.clear();
}
