/**
 * Prerendering entry (built by Vite for Node, run by scripts/prerender.ts): renders one URL of
 * the app to static HTML, with the article data loaded first.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom';
import { App } from './app/app.tsx';
import { describePage, matchArticleSlug, articlePath, type PageMeta } from './app/page-meta.ts';
import { findArticleSummary, listArticles, loadArticle } from './content/articles.ts';

export type PrerenderedPage = { readonly html: string; readonly meta: PageMeta };

/** Every URL to write as a file: the collection and each article (the not-found page is separate). */
export function listRoutes(): string[] {
  return ['/', ...listArticles().map((summary) => articlePath(summary.slug))];
}

export async function renderPage(url: string): Promise<PrerenderedPage> {
  const slug = matchArticleSlug(url);
  const article = slug ? await loadArticle(slug) : undefined;
  const lede = article?.blocks.find((block) => block.type === 'paragraph')?.text;
  const html = renderToString(
    <StrictMode>
      <StaticRouter location={url}>
        <App />
      </StaticRouter>
    </StrictMode>,
  );
  return { html, meta: describePage(url, findArticleSummary, lede) };
}
