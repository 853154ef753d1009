/**
 * Links to single paragraphs and tweets: the block's share page (a preview of its own, issue
 * #19), which opens the article at `#<stored id>` (ASCII only, so chat apps keep it intact); and
 * how an arriving fragment resolves: a block, an alias of one, or an id that no longer exists.
 */
import type { Article } from '../../../content/schema.ts';
import { pathOf, withoutPastedTail } from '../../../lib/addresses.ts';

/**
 * The address to share: a block's share page, or the article's page (`blockId` null). No query
 * (a filter is not part of a paragraph's address), no fragment (the share page has its own).
 */
export function shareAddress(origin: string, slug: string, blockId: string | null): string {
  const path = pathOf(blockId === null ? { kind: 'article', slug } : { kind: 'share', slug, blockId }) ?? '/';
  return `${origin}${path}`;
}

/** Where a share page sends its reader: the article, at the block. */
export function blockInArticlePath(slug: string, blockId: string): string {
  return `${pathOf({ kind: 'article', slug }) ?? '/'}#${blockId}`;
}

export type FragmentTarget =
  | { readonly kind: 'none' }
  /** An anchor of the page itself (the skip link, a source entry, a quoted span). */
  | { readonly kind: 'page-anchor'; readonly id: string }
  | { readonly kind: 'block'; readonly id: string }
  | { readonly kind: 'alias'; readonly from: string; readonly id: string }
  /** A block's id with what a chat message left after the link («#p-r4kx.», a direction mark). */
  | { readonly kind: 'tidied'; readonly from: string; readonly id: string }
  | { readonly kind: 'unknown'; readonly id: string };

/**
 * The history state of an arrival by a share link with no block's id in it (`/p/zzz`, `/p`): the
 * article says it found no such paragraph, as for an id that is gone.
 */
export const BLOCKLESS_LINK = { blocklessLink: true } as const;

export function isBlocklessLink(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'blocklessLink' in state && state.blocklessLink === true;
}

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
  // What a chat app left around a pasted link (a direction mark, «.», «،») is no part of the id.
  const tidy = withoutPastedTail(id.replace(/^[\p{Cf}\s]+/u, ''));
  if (!BLOCK_ID.test(tidy)) return { kind: 'page-anchor', id };
  if (article.blocks.some((block) => block.id === tidy)) return tidy === id ? { kind: 'block', id } : { kind: 'tidied', from: id, id: tidy };
  const alias = Object.hasOwn(article.aliases, tidy) ? article.aliases[tidy] : undefined;
  if (alias !== undefined) return { kind: 'alias', from: tidy, id: alias };
  return { kind: 'unknown', id: id.slice(0, 80) };
}
