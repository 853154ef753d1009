/**
 * Links to single paragraphs and tweets: the article URL plus `#<stored id>` (ASCII only, so chat
 * apps keep it intact), and how an arriving fragment resolves: a block, an alias of one, or an
 * id that no longer exists.
 */
import type { Article } from '../../../content/schema.ts';

/** The link to share for one block: no query (a filter is not part of a paragraph's address). */
export function buildBlockUrl(origin: string, pathname: string, blockId: string): string {
  return `${origin}${pathname}#${blockId}`;
}

export type FragmentTarget =
  | { readonly kind: 'none' }
  /** An anchor of the page itself (the skip link, a source entry, a quoted span). */
  | { readonly kind: 'page-anchor'; readonly id: string }
  | { readonly kind: 'block'; readonly id: string }
  | { readonly kind: 'alias'; readonly from: string; readonly id: string }
  | { readonly kind: 'unknown'; readonly id: string };

/** Block ids are `p-…` or `t-…` (the content schema); every other id of the page is the app's own. */
const BLOCK_ID = /^[pt]-/;

function decodeFragment(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** What a URL fragment points at in `article`. Text fragments (`:~:`) are the browser's to handle. */
export function resolveFragment(article: Article, hash: string): FragmentTarget {
  const id = decodeFragment(hash);
  if (id === '' || id.startsWith(':~:')) return { kind: 'none' };
  if (!BLOCK_ID.test(id)) return { kind: 'page-anchor', id };
  if (article.blocks.some((block) => block.id === id)) return { kind: 'block', id };
  const alias = Object.hasOwn(article.aliases, id) ? article.aliases[id] : undefined;
  if (alias !== undefined) return { kind: 'alias', from: id, id: alias };
  return { kind: 'unknown', id: id.slice(0, 80) };
}
