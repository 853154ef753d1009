import { Suspense, use, useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';
import { NOT_FOUND, dataPathOf, parsePath, type PageRef } from '../lib/addresses.ts';
import { appText } from '../lib/ui-text.ts';
import { keepPageOffline } from '../ui/offline-worker.ts';
import { HydrationBoundary } from '../ui/use-hydrated.tsx';
import { useDigitStyle } from '../ui/digit-style.tsx';
import { ArticleRoute } from './article-route.tsx';
import { Layout, MAIN_ID } from './layout.tsx';
import { lazyPart } from './lazy-part.ts';
import { loadPageData, peekPageData } from './load-page-data.ts';
import type { PageData, TagPageData, TagsPageData } from './page-data.ts';
import { pageTitle } from './page-title.ts';

// The article page is the one readers arrive at; the list's code comes when a list is shown.
const ListRoute = lazyPart(() => import('./list-route.tsx'), 'ListRoute');
// One chunk for both tag pages.
const TagsRoute = lazyPart<{ data: TagsPageData }, 'TagsRoute'>(() => import('./tag-routes.tsx'), 'TagsRoute');
const TagRoute = lazyPart<{ data: TagPageData }, 'TagRoute'>(() => import('./tag-routes.tsx'), 'TagRoute');
const SearchRoute = lazyPart(() => import('./search-route.tsx'), 'SearchRoute');
// Rarely shown, and never on the way to an article's text.
const NotFoundRoute = lazyPart(() => import('./not-found-route.tsx'), 'NotFoundRoute');

/**
 * The page the app starts on: the one the server sent (src/main.tsx reads it from the page), at
 * the path it was sent for. The client adopts it instead of deciding again what the address is,
 * so the first render always equals the prerendered HTML (issue #16).
 */
export type InitialPage = {
  readonly page: PageRef;
  readonly path: string;
  /** Reloaded onto a new deploy: the address's fragment is where the reader was (deploy-recovery.ts). */
  readonly resumed?: boolean;
};

/** A page reached by client navigation: its form says which; its data says whether it exists. */
function pageAt(pathname: string): PageRef {
  return parsePath(pathname)?.page ?? NOT_FOUND;
}

/** The page's data, waiting (suspending) for it the first time; null for a page that has none. */
function usePageData(path: string | null): PageData | null {
  if (path === null) return null;
  const cached = peekPageData(path);
  return cached !== undefined ? cached : use(loadPageData(path));
}

function DocumentTitle({ page, data }: { page: PageRef; data: PageData | null }) {
  const title = pageTitle(page, data, useDigitStyle());
  useEffect(() => {
    // The prerendered page has it already: setting the same title again is a DOM change for nothing.
    if (document.title !== title) document.title = title;
  }, [title]);
  return null;
}

function PageView({ page, resumed }: { page: PageRef; resumed: boolean }) {
  const data = usePageData(dataPathOf(page));
  let view = <NotFoundRoute />;
  if (page.kind === 'list' && data?.kind === 'list') view = <ListRoute data={data} />;
  else if (page.kind === 'tags' && data?.kind === 'tags') view = <TagsRoute data={data} />;
  else if (page.kind === 'tag' && data?.kind === 'tag') view = <TagRoute data={data} />;
  else if (page.kind === 'search') view = <SearchRoute />;
  else if ((page.kind === 'article' || page.kind === 'share') && data?.kind === 'article') {
    view = <ArticleRoute data={data} sharedBlockId={page.kind === 'share' ? page.blockId : null} resumed={resumed} />;
  }
  return (
    <>
      <DocumentTitle page={page} data={data} />
      {view}
    </>
  );
}

/** After a link to another page: the new page starts at its top, with focus at its start. */
function NavigationReset() {
  const { pathname, hash } = useLocation();
  const type = useNavigationType();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (type !== 'PUSH' || hash) return;
    window.scrollTo({ top: 0 });
    document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
  }, [pathname, hash, type]);
  return null;
}

/** A page reached by a link came as data: its HTML is kept offline too (decision 0017). */
function KeepOffline() {
  const { pathname } = useLocation();
  const first = useRef(pathname);
  useEffect(() => {
    if (pathname !== first.current) keepPageOffline(pathname);
  }, [pathname]);
  return null;
}

/** The app, shared by the browser entry and the prerenderer. */
export function App({ initial }: { initial: InitialPage }) {
  const { pathname } = useLocation();
  const isInitial = pathname === initial.path;
  const page = isInitial ? initial.page : pageAt(pathname);
  return (
    <HydrationBoundary>
      <NavigationReset />
      <KeepOffline />
      <Layout>
        <Suspense fallback={<p role="status">{appText.pageLoading}</p>}>
          <PageView page={page} resumed={isInitial && initial.resumed === true} />
        </Suspense>
      </Layout>
    </HydrationBoundary>
  );
}
