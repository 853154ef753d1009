/**
 * What the build tells the editor at its end, beyond errors: what ingest proposed and no editor
 * has confirmed yet (`"review": "pending"`: hidden from readers until then), and the articles
 * without a date (listed after every dated one, left out of the feed). Easy to forget in an
 * archive of thousands, so the build says where, one article a line.
 */
import type { Article } from './schema.ts';

export type PendingReview = { readonly slug: string; readonly sources: number; readonly citations: number };

/** Each article with proposals awaiting review, in the order given. */
export function pendingReview(articles: readonly Article[]): PendingReview[] {
  return articles.flatMap((article) => {
    const sources = article.sources.filter((source) => source.review !== undefined).length;
    const citations = article.citations.filter((citation) => citation.review !== undefined).length;
    return sources + citations === 0 ? [] : [{ slug: article.slug, sources, citations }];
  });
}

/** Articles a report lists one by one; the rest are counted. */
const LISTED = 20;

function listed(heading: string, items: readonly string[]): string[] {
  if (items.length === 0) return [];
  const rest = items.length - LISTED;
  return [heading, ...items.slice(0, LISTED).map((item) => `  ${item}`), ...(rest > 0 ? [`  … and ${rest} more`] : [])];
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The build's last lines for the editor (none when there is nothing to say). */
export function editorReport(articles: readonly Article[]): string[] {
  const pending = pendingReview(articles);
  const undated = articles.filter((article) => article.date === undefined).map((article) => article.slug);
  return [
    ...listed(
      `Awaiting an editor's review, not shown to readers (${plural(pending.length, 'article')}):`,
      pending.map(({ slug, sources, citations }) => `${slug}: ${plural(sources, 'source')}, ${plural(citations, 'citation')}`),
    ),
    ...listed(`Undated, so listed after every dated article and left out of the feed (${plural(undated.length, 'article')}):`, undated),
  ];
}
