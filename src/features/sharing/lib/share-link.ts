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

/** A short excerpt for the share sheet: whole words, at most `max` characters. */
export function excerptOf(text: string, max = 140): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max / 2 ? space : max)}…`;
}

export type FragmentTarget =
  | { readonly kind: 'none' }
  /** An anchor of the page itself (the skip link, a source entry, a quoted span). */
  | { readonly kind: 'page-anchor'; readonly id: string }
  | { readonly kind: 'block'; readonly id: string }
  | { readonly kind: 'alias'; readonly from: string; readonly id: string }
  | { readonly kind: 'unknown'; readonly id: string };

const PAGE_ANCHOR = /^(?:main|source-[a-z0-9-]+|cite-[a-z0-9-]+|hashtags-title|sources-title|article-title-[a-z0-9-]+)$/;

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
  if (PAGE_ANCHOR.test(id)) return { kind: 'page-anchor', id };
  if (article.blocks.some((block) => block.id === id)) return { kind: 'block', id };
  const alias = Object.hasOwn(article.aliases, id) ? article.aliases[id] : undefined;
  if (alias !== undefined) return { kind: 'alias', from: id, id: alias };
  return { kind: 'unknown', id: id.slice(0, 80) };
}
