/**
 * Prerendering entry (built by Vite for Node, run by scripts/prerender.ts): renders one URL of
 * the app to static HTML, with the article data loaded first.
 */
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { App, preloadRoute } from './app/app.tsx';
import { preloadArticleParts } from './app/article-route.tsx';
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
  await Promise.all([preloadArticleParts(), preloadRoute(url)]);
  const lede = article?.blocks.find((block) => block.type === 'paragraph')?.text;
  // prerender (not renderToString) renders code-split parts too. An infinite chunk size keeps
  // every Suspense boundary inline: React would otherwise move large ones to the end of the
  // document behind an inline script, which the Content-Security-Policy (rightly) blocks.
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <StaticRouter location={url}>
        <App />
      </StaticRouter>
    </StrictMode>,
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  let html = '';
  for await (const chunk of prelude) html += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  return { html, meta: describePage(url, findArticleSummary, lede) };
}
