/**
 * The bundled articles as the app sees them: summaries for the collection, and each article's
 * body loaded on demand (its own chunk), cached so a route can read it synchronously once loaded.
 */
import { loaders, summaries } from 'virtual:sahifa/articles';
import type { Article, ArticleSummary } from './schema.ts';

const loaded = new Map<string, Article>();
const pending = new Map<string, Promise<Article | undefined>>();

export function listArticles(): readonly ArticleSummary[] {
  return summaries;
}

export function findArticleSummary(slug: string): ArticleSummary | undefined {
  return summaries.find((summary) => summary.slug === slug);
}

/** The article if it has been loaded already (always so after `loadArticle` resolved). */
export function getLoadedArticle(slug: string): Article | undefined {
  return loaded.get(slug);
}

/** Loads an article body once; resolves undefined for an unknown slug. */
export function loadArticle(slug: string): Promise<Article | undefined> {
  const existing = pending.get(slug);
  if (existing) return existing;
  const loader = Object.hasOwn(loaders, slug) ? loaders[slug] : undefined;
  const promise = loader
    ? loader().then((module) => {
        loaded.set(slug, module.default);
        return module.default;
      })
    : Promise.resolve(undefined);
  pending.set(slug, promise);
  return promise;
}
