/**
 * The one rule for what an address is (issue #16): the prerenderer writes a file for each page
 * at `fileOf(page)`, the local server (scripts/serve.ts) answers a request with the page
 * `resolveAddress` names, and the client router renders the page the server sent. Pure: no
 * React, no DOM. docs/decisions/0008-addresses.md says what static hosts must do.
 *
 * Canonical paths have no trailing slash (`/articles/<slug>`, `/page/2`, `/tags/<tag>`,
 * `/tags/page/2`), except
 * the home page `/`. The same page is also reached, without redirect, by the forms static hosts
 * serve for its file: one trailing slash, and `/index.html` (or `/index`) at the end. Anything
 * else (letter case, repeated slashes, an unknown slug, page 1 as `/page/1`) is the not-found page,
 * with status 404.
 */
import { toMatchKey } from './arabic-normalize.ts';
import { HASHTAG_LETTERS } from './hashtag-letters.ts';

/** A page of the site. */
export type PageRef =
  | { readonly kind: 'list'; readonly page: number }
  | { readonly kind: 'article'; readonly slug: string }
  /** A paragraph's or tweet's share page: the article at that block, with a head of its own. */
  | { readonly kind: 'share'; readonly slug: string; readonly blockId: string }
  /** The archive's tags, a page of them at a time. */
  | { readonly kind: 'tags'; readonly page: number }
  | { readonly kind: 'tag'; readonly label: string; readonly page: number }
  | { readonly kind: 'search' }
  | { readonly kind: 'not-found' };

export type PageKind = PageRef['kind'];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const BLOCK_ID = /^[pt]-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PAGE_NUMBER = /^[1-9][0-9]{0,5}$/;
/** A tag as it stands in a path segment: what a hashtag can hold. */
const TAG_LABEL = new RegExp(`^[${HASHTAG_LETTERS}]{1,140}$`, 'u');

export const NOT_FOUND: PageRef = { kind: 'not-found' };

/** The canonical path of a page (null for the not-found page, which has none). */
export function pathOf(page: PageRef): string | null {
  switch (page.kind) {
    case 'list':
      return page.page === 1 ? '/' : `/page/${page.page}`;
    case 'article':
      return `/articles/${page.slug}`;
    case 'share':
      return `/articles/${page.slug}/p/${page.blockId}`;
    case 'tags':
      return page.page === 1 ? '/tags' : `/tags/page/${page.page}`;
    case 'tag':
      return `/tags/${encodeURIComponent(page.label)}${page.page === 1 ? '' : `/page/${page.page}`}`;
    case 'search':
      return '/search';
    case 'not-found':
      return null;
  }
}

/** Where the page's HTML is written in the build, relative to its root (`articles/x/index.html`). */
export function fileOf(page: PageRef): string {
  const path = pathOf(page);
  if (path === null) return '404.html';
  const segments = path.split('/').filter((segment) => segment !== '').map(decodeURIComponent);
  return [...segments, 'index.html'].join('/');
}

/**
 * The data a page is rendered from, as a static JSON file (null: the page needs none). A share
 * page reads its article's.
 */
export function dataPathOf(page: PageRef): string | null {
  switch (page.kind) {
    case 'list':
      return `/data/list/${page.page}.json`;
    case 'article':
    case 'share':
      return `/data/articles/${page.slug}.json`;
    case 'tags':
      // Not under /data/tags/, where a tag labelled «page» keeps its own pages' data.
      return page.page === 1 ? '/data/tags.json' : `/data/tags-${page.page}.json`;
    case 'tag':
      return `/data/tags/${encodeURIComponent(page.label)}/${page.page}.json`;
    case 'search':
    case 'not-found':
      return null;
  }
}

/**
 * The file that names the page of the tag whose matching key is `label`'s: `{ "label": … }`. A tag
 * typed in another form than its page's («/tags/الارهاب», a Persian «ی», other harakat) has no
 * page of its own; the not-found page asks this file for the one it meant. The key's spaces are
 * underscores in the file's name (a key has none of its own).
 */
export function tagLabelPathOf(label: string): string {
  return `/data/tag-labels/${encodeURIComponent(toMatchKey(label).replaceAll(' ', '_'))}.json`;
}

/**
 * What a link pasted from a message often carries after it: a stop or «،», a closing bracket or
 * quote, a direction mark. No page's address ends with one.
 */
const PASTED_TAIL = /[\p{P}\p{S}\p{Cf}\s]+$/u;

export function withoutPastedTail(text: string): string {
  return text.replace(PASTED_TAIL, '');
}

/** A path segment decoded, or null when its percent-encoding is broken. */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function pageNumber(segment: string | undefined): number | null {
  return segment !== undefined && PAGE_NUMBER.test(segment) ? Number(segment) : null;
}

/** The page a path names by its form alone, or null. Page 1 of a list has no `/page/1`. */
function parseSegments(segments: readonly string[]): PageRef | null {
  const [first, second, third, fourth, ...rest] = segments;
  if (first === undefined) return { kind: 'list', page: 1 };
  switch (first) {
    case 'page': {
      const page = pageNumber(second);
      return page !== null && page > 1 && third === undefined ? { kind: 'list', page } : null;
    }
    case 'articles':
      if (second === undefined || !SLUG.test(second) || second.length > 80) return null;
      if (third === undefined) return { kind: 'article', slug: second };
      if (third === 'p' && fourth !== undefined && BLOCK_ID.test(fourth) && fourth.length <= 32 && rest.length === 0) {
        return { kind: 'share', slug: second, blockId: fourth };
      }
      return null;
    case 'tags': {
      if (second === undefined) return { kind: 'tags', page: 1 };
      // `/tags/page/<n>`: a page of the tags. A tag labelled «page» is `/tags/page`, and its own
      // pages `/tags/page/page/<n>`, so the two never meet.
      const listPage = second === 'page' ? pageNumber(third) : null;
      if (listPage !== null) return listPage > 1 && fourth === undefined ? { kind: 'tags', page: listPage } : null;
      if (!TAG_LABEL.test(second)) return null;
      if (third === undefined) return { kind: 'tag', label: second, page: 1 };
      const page = pageNumber(fourth);
      return third === 'page' && page !== null && page > 1 && rest.length === 0 ? { kind: 'tag', label: second, page } : null;
    }
    case 'search':
      return second === undefined ? { kind: 'search' } : null;
    default:
      return null;
  }
}

export type ParsedAddress = {
  readonly page: PageRef;
  /** The path is the page's canonical path exactly (not a trailing-slash or index.html form). */
  readonly canonical: boolean;
};

/**
 * What a path names by its form (whether that page exists is the caller's question): a page,
 * or null for a path no page can have.
 */
export function parsePath(pathname: string): ParsedAddress | null {
  if (!pathname.startsWith('/') || pathname.length > 2048 || pathname.includes('//')) return null;
  let path = pathname;
  const indexFile = /\/index(?:\.html)?$/.exec(path);
  if (indexFile) path = path.slice(0, indexFile.index + 1);
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  const raw = path === '/' ? [] : path.slice(1).split('/');
  const segments: string[] = [];
  for (const segment of raw) {
    const decoded = segment === '' ? null : decodeSegment(segment);
    if (decoded === null || decoded.includes('/')) return null;
    segments.push(decoded);
  }
  const page = parseSegments(segments);
  if (page === null) return null;
  return { page, canonical: pathOf(page) === pathname };
}

/**
 * The page an address gives: `exists` says whether the site has that page (a file on disk for
 * the server, the build's list for the prerenderer). Anything else is the not-found page.
 */
export function resolveAddress(pathname: string, exists: (page: PageRef) => boolean): ParsedAddress {
  const parsed = parsePath(pathname);
  if (parsed === null || !exists(parsed.page)) return { page: NOT_FOUND, canonical: false };
  return parsed;
}

/** Whether two page references name the same page. */
export function samePage(a: PageRef, b: PageRef): boolean {
  return pathOf(a) === pathOf(b) && a.kind === b.kind;
}
