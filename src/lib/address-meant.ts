/**
 * Apart from addresses.ts: only the not-found page asks it, and a module the app's first script
 * imports would carry it there (docs/decisions/0005).
 */
import { decodeSegment, parsePath, pathOf, withoutPastedTail } from './addresses.ts';

export type MeantAddress = {
  /** The canonical path of the page meant. */
  readonly path: string;
  /** What a share link gave where its block's id should be, when that is no id (kept as the fragment). */
  readonly fragment: string | null;
  /** A share link with no block's id in it: the article says it found no such paragraph. */
  readonly blockless: boolean;
};

const TAG_LIKE = /^\/tags\/([^/]+)(\/page\/\d+)?\/?$/iu;

/**
 * A tag's page as a reader may type or paste its address: «/Tags/…», the tag with its «#», or
 * with spaces for its underscores («/tags/دير الزور»). Its label's letters are kept as they are.
 */
function tagMeantBy(path: string): string | null {
  const match = TAG_LIKE.exec(path);
  if (!match?.[1] || match[1].toLowerCase() === 'page') return null;
  const label = (decodeSegment(match[1]) ?? match[1]).replace(/^[#\uFF03]/u, '').trim().replace(/\s+/gu, '_');
  const page = parsePath(`/tags/${encodeURIComponent(label)}${(match[2] ?? '').toLowerCase()}`)?.page;
  return page?.kind === 'tag' ? pathOf(page) : null;
}

const SHARE_LIKE = /^\/articles\/([^/]+)\/p(?:\/(.*))?$/u;

/**
 * Direction marks and embeddings, and invisible spaces and joiners (zero-width space, word joiner,
 * BOM): what copying a link out of right-to-left text may put inside it, before a segment
 * («/articles/\u200edeir-…»). No address holds one (a tag's ZWNJ and ZWJ are letters of it, and
 * stay).
 */
const DIRECTION_MARKS = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/gu;

function decoded(pathname: string): string {
  let path = pathname;
  try {
    path = decodeURI(pathname);
  } catch {
    // Kept as it came: broken percent-encoding is no address.
  }
  return path.replace(DIRECTION_MARKS, '');
}

/**
 * The page an address typed or pasted was meant for, or null when there is none:
 * - with other letter case or doubled slashes («/Articles/Deir-Ez-Zor-Recaptured», «//articles/x»);
 * - with what a chat message leaves after a link: a stop, «،», a closing bracket or quote, a
 *   direction mark («/articles/x/p/p-r4kx.»), or a direction mark anywhere in it;
 * - a share link with more segments after its block's id («/articles/x/p/p-r4kx/extra»);
 * - a share link whose block id is no id («/articles/x/p/zzz», «/articles/x/p»): the article,
 *   from its top, saying it found no such paragraph (as «/p/p-gone» does: `blockless`);
 * - a tag's page with «/Tags», its «#», or spaces for its underscores (tagMeantBy).
 * Such an address is still the not-found page (status 404: one page, one address); the app takes
 * the reader on from there once the page is found to exist. A tag's letters are never folded:
 * letter case may be all that tells two tags apart.
 */
export function addressMeantBy(pathname: string): MeantAddress | null {
  const tag = tagMeantBy(withoutPastedTail(decoded(pathname).replace(/\/{2,}/gu, '/')));
  if (tag !== null) return tag === pathname ? null : { path: tag, fragment: null, blockless: false };
  const folded = withoutPastedTail(decoded(pathname).replace(/\/{2,}/gu, '/').replace(/[A-Z]+/gu, (letters) => letters.toLowerCase()));
  const page = parsePath(folded)?.page;
  if (page !== undefined) {
    const path = pathOf(page);
    if (path === null || path === pathname || page.kind === 'tag' || page.kind === 'not-found') return null;
    return { path, fragment: null, blockless: false };
  }
  const share = SHARE_LIKE.exec(folded);
  // What a message or a site glued after a share link's block id («/p/p-r4kx/extra»).
  const [id, ...after] = share?.[2]?.split('/') ?? [];
  const shared = after.length > 0 ? parsePath(`/articles/${share?.[1] ?? ''}/p/${id ?? ''}`)?.page : undefined;
  if (shared?.kind === 'share') return { path: pathOf(shared) ?? '/', fragment: null, blockless: false };
  const article = share ? parsePath(`/articles/${share[1] ?? ''}`)?.page : undefined;
  if (article?.kind !== 'article') return null;
  const path = pathOf(article);
  return path === null ? null : { path, fragment: share?.[2] ? share[2].slice(0, 80) : null, blockless: true };
}

