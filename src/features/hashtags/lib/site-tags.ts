/**
 * Hashtags across the archive (issue #20): for every tag, each place in every article that
 * carries it (a tweet) or mentions its words (a paragraph), found with the same extraction and
 * Arabic matching keys as the in-article filter (tag-index.ts). Worked out in one pass over the
 * articles, each read once: linear in the archive. Pure: no React, no DOM.
 */
import type { Article } from '../../../content/schema.ts';
import { findKeyInText, toMatchKey } from '../../../lib/arabic-normalize.ts';
import { excerptAround } from '../../../lib/excerpt.ts';
import { compareTagKeys, type TagIndex } from './tag-index.ts';

/** The longest text a tag page shows of a place (a window around the first match). */
export const PLACE_EXCERPT = 320;

/** One place a tag appears: a paragraph or tweet of an article, with its matches marked. */
export type TagPlace = {
  readonly slug: string;
  readonly headline: string;
  readonly blockId: string;
  readonly kind: 'paragraph' | 'tweet';
  /** The tweet's author's name and handle (null for a paragraph). */
  readonly author: string | null;
  readonly handle: string | null;
  readonly text: string;
  readonly marks: readonly (readonly [number, number])[];
};

export type SiteTag = {
  readonly key: string;
  /** The written form used most across the archive (first met on a tie). */
  readonly label: string;
  readonly articleCount: number;
  readonly places: readonly TagPlace[];
};

/**
 * Every tag of `articles` (in the order given: the archive's, newest first), most places first,
 * then by key. `indexOf` is each article's own tag index, built once for its page.
 */
export function collectSiteTags(articles: readonly Article[], indexOf: (article: Article) => TagIndex): SiteTag[] {
  const tags = new Map<string, { forms: Map<string, number>; places: TagPlace[]; articles: number }>();
  for (const article of articles) {
    const index = indexOf(article);
    if (index.tags.length === 0) continue;
    const blocks = new Map(article.blocks.map((block) => [block.id, block]));
    for (const tag of index.tags) {
      const entry = tags.get(tag.key) ?? { forms: new Map<string, number>(), places: [], articles: 0 };
      tags.set(tag.key, entry);
      entry.articles += 1;
      const marksOf = new Map(tag.matches.marks.map(([id, ranges]) => [id, ranges]));
      for (const id of tag.matches.visible) {
        const block = blocks.get(id);
        if (!block) continue;
        if (block.type === 'tweet') {
          for (const form of block.hashtags) if (toMatchKey(form) === tag.key) entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
        }
        const ranges =
          block.type === 'paragraph' ? (marksOf.get(id) ?? []) : findKeyInText(block.text, tag.key).map((range): readonly [number, number] => [range.start, range.end]);
        const { text, marks } = excerptAround(block.text, ranges, PLACE_EXCERPT);
        entry.places.push({
          slug: article.slug,
          headline: article.headline.text,
          blockId: id,
          kind: block.type,
          author: block.type === 'tweet' ? block.author.name : null,
          handle: block.type === 'tweet' ? block.author.handle : null,
          text,
          marks,
        });
      }
    }
  }
  const result: SiteTag[] = [];
  for (const [key, entry] of tags) {
    let label = '';
    let best = 0;
    for (const [form, count] of entry.forms) {
      if (count > best) {
        label = form;
        best = count;
      }
    }
    result.push({ key, label, articleCount: entry.articles, places: entry.places });
  }
  result.sort((a, b) => b.places.length - a.places.length || compareTagKeys(a.key, b.key));
  return result;
}
