import { useEffect, useRef } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { addressMeantBy } from '../lib/address-meant.ts';
import { dataPathOf, parsePath, pathOf } from '../lib/addresses.ts';
import { loadPageData } from './load-page-data.ts';
import { pagesText } from '../lib/archive-text.ts';
import { appText, offlineText } from '../lib/ui-text.ts';
import { useOnline } from '../ui/use-online.ts';

/**
 * The not-found page (status 404 from the server), with ways on. The offline worker answers
 * with it too, for a page asked for offline that was never opened nor saved: then it says so.
 */
export function NotFoundRoute() {
  const online = useOnline();
  useWayOn();
  useOpenWhenOnline(online);
  return (
    <section aria-labelledby="not-found-title" className="narrow">
      <h1 id="not-found-title">{online ? appText.notFoundTitle : offlineText.offlineTitle}</h1>
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
          <Link to={pathOf({ kind: 'tags', page: 1 }) ?? '/tags'}>{appText.allTags}</Link>
        </li>
        <li>
          <Link to={pathOf({ kind: 'search' }) ?? '/search'}>{pagesText.searchArticles}</Link>
        </li>
      </ul>
    </section>
  );
}

/**
 * Offline, this page stands for one that may well exist (the worker answers with it for a page
 * never opened nor saved): it is called what it is, and opened for real when the connection
 * returns, as it says.
 */
function useOpenWhenOnline(online: boolean): void {
  const wasOffline = useRef(false);
  useEffect(() => {
    if (!online) {
      wasOffline.current = true;
      const title = document.title;
      document.title = `${offlineText.offlineTitle} — ${appText.siteName}`;
      return () => {
        document.title = title;
      };
    }
    if (wasOffline.current) window.location.reload();
    return undefined;
  }, [online]);
}

/**
 * Ways on from an address that has no page of its own, when the page it meant exists (its data
 * file answers):
 * - the same address typed or pasted with other letter case or doubled slashes
 *   («/Articles/Deir-Ez-Zor-Recaptured»): the page itself, query and fragment kept
 *   (addressMeantBy);
 * - the same with what a chat message leaves after a link (a stop, «،», a direction mark);
 * - a share link to a paragraph or tweet, in other case or one that an edit removed, or whose
 *   id is no id (`/articles/<slug>/p/<id>`): the article at that block, as a link with a
 *   fragment does (the article follows the block's alias, or says it was not found and starts
 *   from the top).
 */
function useWayOn(): void {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const meant = addressMeantBy(pathname);
    const page = parsePath(meant?.path ?? pathname)?.page;
    if (page === undefined) return;
    let to: string | null = null;
    // A share link goes to the article at its block, whatever its case: the article then follows
    // an edited block's alias or says the block is gone (a share page's own redirects are the
    // server's).
    if (page.kind === 'share') to = `${pathOf({ kind: 'article', slug: page.slug })}${search}#${page.blockId}`;
    else if (meant !== null) to = `${meant.path}${search}${meant.fragment === null ? hash : `#${encodeURIComponent(meant.fragment)}`}`;
    if (to === null) return;
    const target = to;
    const data = dataPathOf(page);
    if (data === null) {
      void navigate(target, { replace: true });
      return;
    }
    let current = true;
    loadPageData(data).then(
      (found) => {
        if (current && found !== null) void navigate(target, { replace: true });
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [pathname, search, hash, navigate]);
}
