import { useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { findArticleSummary } from '../content/articles.ts';
import { ArticleRoute } from './article-route.tsx';
import { CollectionRoute } from './collection-route.tsx';
import { Layout } from './layout.tsx';
import { NotFoundRoute } from './not-found-route.tsx';
import { ARTICLE_PATH, describePage } from './page-meta.ts';

function DocumentTitle() {
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = describePage(pathname, findArticleSummary).title;
  }, [pathname]);
  return null;
}

/** The routes, shared by the browser entry and the prerenderer. */
export function App() {
  return (
    <>
      <DocumentTitle />
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<CollectionRoute />} />
          <Route path={ARTICLE_PATH} element={<ArticleRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </>
  );
}
