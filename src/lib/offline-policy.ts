/**
 * What the offline worker keeps, and why (docs/decisions/0017-offline-policy.md): the shell
 * (code, styles, the home page and the not-found page) is precached; the pages a reader opens
 * are kept in a bounded cache, and the site's font files once a page has fetched them (decision
 * 0016: never on a first visit); an article is kept for good only when the reader saves it.
 * Shared by the worker (src/sw/service-worker.ts) and the page's «save for offline» control.
 * Pure: no React, no DOM.
 */
import { dataPathOf, parsePath, type PageRef } from './addresses.ts';

/** Pages and their data the reader opened: at most this many responses, none older than this. */
export const READ_CACHE = 'sahifa-read';
export const READ_CACHE_ENTRIES = 60;
export const READ_CACHE_SECONDS = 30 * 24 * 60 * 60;
/** Articles the reader saved for offline reading: kept until the reader removes them. */
export const SAVED_CACHE = 'sahifa-saved';

/** The site's font files, once a page has fetched them: the current build's two and a deploy's. */
export const FONT_CACHE = 'sahifa-fonts';
export const FONT_CACHE_ENTRIES = 4;

/** What a page posts to its offline worker to have the font files at `paths` kept (a reply port answers true or false). */
export const KEEP_FONTS_MESSAGE = 'sahifa:keep-fonts';

/** Whether a same-origin path is one of the site's font files (hashed names under /assets/). */
export function isFontFile(pathname: string): boolean {
  return /^\/assets\/[^/]+\.woff2$/.test(pathname);
}

/** The files that make a page readable offline: its HTML (its canonical path) and its data. */
export function offlineFilesOf(page: PageRef, canonicalPath: string): string[] {
  const data = dataPathOf(page);
  return data === null ? [canonicalPath] : [canonicalPath, data];
}

/** The files of the page at a URL's path (what a reader has open), or none for other URLs. */
export function offlineFilesAt(pathname: string): string[] {
  const parsed = parsePath(pathname);
  if (parsed === null || parsed.page.kind === 'not-found') return [];
  return offlineFilesOf(parsed.page, pathname);
}

/** Whether a same-origin path is page data (fetched by the app, kept like the pages). */
export function isPageData(pathname: string): boolean {
  return pathname.startsWith('/data/') && pathname.endsWith('.json');
}

/** Whether a same-origin path is a page or its data: what the reading cache keeps. */
export function isKeptPath(pathname: string): boolean {
  return isPageData(pathname) || parsePath(pathname) !== null;
}

/** The cache key of a page: its address without query (`?tag=` filters are the same page). */
export function withoutQuery(url: string): string {
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  return parsed.href;
}

/**
 * The attribute the worker puts on the not-found page's `<html>` when it answers with it because
 * the network did not: under it «not found» is not shown (global.css) and the app says «offline»
 * in its place (not-found-route.tsx), so a reader offline never reads «the page does not exist».
 */
export const UNANSWERED_ATTRIBUTE = 'data-unanswered';

/** The not-found page's HTML as the worker answers with it for a page the network did not answer: marked, and titled `title`. */
export function unansweredPage(html: string, title: string): string {
  const escaped = title.replace(/[&<>]/g, (character) => `&#${character.charCodeAt(0)};`);
  return html.replace(/<html(?=[\s>])/, () => `<html ${UNANSWERED_ATTRIBUTE}`).replace(/<title>[^<]*<\/title>/, () => `<title>${escaped}</title>`);
}
