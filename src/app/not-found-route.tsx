import { useEffect } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { dataPathOf, parsePath, pathOf } from '../lib/addresses.ts';
import { loadPageData } from './load-page-data.ts';
import { pagesText, tagPagesText } from '../lib/archive-text.ts';
import { appText, offlineText } from '../lib/ui-text.ts';
import { useOnline } from '../ui/use-online.ts';

/**
 * The not-found page (status 404 from the server), with ways on. The offline worker answers
 * with it too, for a page asked for offline that was never opened nor saved: then it says so.
 */
export function NotFoundRoute() {
  const online = useOnline();
  useStaleShareLink();
  return (
    <section aria-labelledby="not-found-title" className="narrow">
      <h1 id="not-found-title">{appText.notFoundTitle}</h1>
      {online ? (
        <p>{pagesText.notFoundBody}</p>
      ) : (
        <p role="status">
          {offlineText.offlineTitle}: {offlineText.offlineNotOpened}
        </p>
      )}
      <p>{pagesText.notFoundWaysOn}</p>
      <ul>
        <li>
          <Link to="/">{pagesText.latestArticles}</Link>
        </li>
        <li>
          <Link to={pathOf({ kind: 'tags', page: 1 }) ?? '/tags'}>{tagPagesText.allTags}</Link>
        </li>
        <li>
          <Link to={pathOf({ kind: 'search' }) ?? '/search'}>{pagesText.searchArticles}</Link>
        </li>
      </ul>
    </section>
  );
}

/**
 * A share link to a paragraph or tweet that an edit removed (`/articles/<slug>/p/<id>`) has no
 * file, so the server answers with this page. When the article is still there, the reader goes
 * on to it at that block, as a link with a fragment does: the article says the block was not
 * found and starts from the top.
 */
function useStaleShareLink(): void {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const page = parsePath(pathname)?.page;
    if (page?.kind !== 'share') return;
    const data = dataPathOf(page);
    if (data === null) return;
    let current = true;
    loadPageData(data).then(
      (article) => {
        if (current && article !== null) void navigate(`${pathOf({ kind: 'article', slug: page.slug })}#${page.blockId}`, { replace: true });
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [pathname, navigate]);
}
