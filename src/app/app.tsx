import { Suspense, useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { findArticleSummary } from '../content/articles.ts';
import { ArticleRoute } from './article-route.tsx';
import { Layout } from './layout.tsx';
import { NotFoundRoute } from './not-found-route.tsx';
import { lazyWithPreload } from '../ui/lazy-with-preload.ts';
import { HydrationBoundary } from '../ui/use-hydrated.tsx';
import { ARTICLE_PATH, describePage } from './page-meta.ts';

// Each page loads only its own route's code; the entry preloads it before hydrating.
const collectionRoute = lazyWithPreload(() => import('./collection-route.tsx').then((module) => module.CollectionRoute));
const CollectionRoute = collectionRoute.Component;

/** Loads the code a URL's page needs, so hydration renders it at once. */
export async function preloadRoute(pathname: string): Promise<void> {
  if (pathname === '/' || pathname === '') await collectionRoute.preload();
}

function DocumentTitle() {
  const { pathname } = useLocation();
  useEffect(() => {
    const { title } = describePage(pathname, findArticleSummary);
    // The prerendered page has it already: setting the same title again is a DOM change for nothing.
    if (document.title !== title) document.title = title;
  }, [pathname]);
  return null;
}

/** The routes, shared by the browser entry and the prerenderer. */
export function App() {
  return (
    <HydrationBoundary>
      <DocumentTitle />
      <Routes>
        <Route element={<Layout />}>
          <Route
            index
            element={
              <Suspense fallback={null}>
                <CollectionRoute />
              </Suspense>
            }
          />
          <Route path={ARTICLE_PATH} element={<ArticleRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </HydrationBoundary>
  );
}
