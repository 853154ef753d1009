/**
 * What ingest proposed and no editor has confirmed yet (`"review": "pending"`): hidden from
 * readers until then, and easy to forget in an archive of thousands. The build says where.
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

/** One line for the build's output, or null when nothing waits. */
export function pendingReviewLine(pending: readonly PendingReview[]): string | null {
  if (pending.length === 0) return null;
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const list = pending.map(({ slug, sources, citations }) => `${slug} (${plural(sources, 'source')}, ${plural(citations, 'citation')})`);
  return `Awaiting an editor's review, not shown to readers: ${list.join('; ')}.`;
}
