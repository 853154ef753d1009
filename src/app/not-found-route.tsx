import { useEffect, useState, useSyncExternalStore } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { KeptArticlesList } from '../features/offline/components/kept-articles-list.tsx';
import { BLOCKLESS_LINK } from '../features/sharing/lib/share-link.ts';
import { addressMeantBy } from '../lib/address-meant.ts';
import { NOT_FOUND, dataPathOf, parsePath, pathOf } from '../lib/addresses.ts';
import { UNANSWERED_ATTRIBUTE } from '../lib/offline-policy.ts';
import { loadPageData } from './load-page-data.ts';
import { pageTitle } from './page-title.ts';
import { pagesText } from '../lib/archive-text.ts';
import { appText, offlineText } from '../lib/ui-text.ts';
import { useOnline } from '../ui/use-online.ts';
import { tagPageLabel } from '../ui/tag-page.ts';

/**
 * The not-found page (status 404 from the server), with ways on. The offline worker answers
 * with it too, for a page asked for offline that was never opened nor saved: then it says so.
 */
export function NotFoundRoute() {
  const offline = useUnansweredOffline(useOnline());
  useWayOn();
  return (
    <section aria-labelledby="not-found-title" className="narrow">
      <h1 id="not-found-title" data-not-found={offline ? undefined : true}>
        {offline ? offlineText.offlineTitle : appText.notFoundTitle}
      </h1>
      {!offline ? (
        <p data-not-found>{pagesText.notFoundBody}</p>
      ) : (
        // The status says the heading's words too (a live region is read alone); the eye has them above.
        <p role="status">
          <span className="visually-hidden">{offlineText.offlineTitle}: </span>
          {offlineText.offlineNotOpened}
        </p>
      )}
      {offline && <KeptArticlesList />}
      <p>{pagesText.notFoundWaysOn}</p>
      <ul>
        <li>
          <Link to="/">{pagesText.latestArticles}</Link>
        </li>
        {/* Offline, only what opens offline: the home page is kept with the app; the tags and
            the search need the network unless read before. */}
        {!offline && (
          <>
            <li>
              <Link to={pathOf({ kind: 'tags', page: 1 }) ?? '/tags'}>{appText.allTags}</Link>
            </li>
            <li>
              <Link to={pathOf({ kind: 'search' }) ?? '/search'}>{pagesText.searchArticles}</Link>
            </li>
          </>
        )}
      </ul>
    </section>
  );
}

const subscribeNever = () => () => {};
const markedByWorker = () => document.documentElement.hasAttribute(UNANSWERED_ATTRIBUTE);

/**
 * The offline worker answers with this page for a page never opened nor saved when the network
 * does not answer, offline or in the moment after the browser says it is back online. Under the
 * worker the address is therefore asked for once: the page opens if it exists (as the message
 * promises), a 404 leaves this the not-found page it is, and no answer makes it say «offline»,
 * in its heading and its tab, and ask again when the connection is back or the window is focused
 * (and a few times more, 1 to 8 seconds apart, while the browser says it is online but nothing
 * answers yet).
 */
function useUnansweredOffline(online: boolean): boolean {
  const [unanswered, setUnanswered] = useState(false);
  const [answered, setAnswered] = useState(false);
  if (!online && !unanswered) setUnanswered(true);
  // The worker answered with this page because the network did not (its mark on <html>, under
  // which «not found» is not shown): unanswered from the render after hydration, until the
  // address is answered after all.
  const marked = useSyncExternalStore(subscribeNever, markedByWorker, () => false);
  const offline = !online || unanswered || (marked && !answered);
  useEffect(() => {
    if (answered) document.documentElement.removeAttribute(UNANSWERED_ATTRIBUTE);
  }, [answered]);
  useEffect(() => {
    if (!offline) return undefined;
    document.title = appText.tabTitle(offlineText.offlineTitle);
    return () => {
      document.title = pageTitle(NOT_FOUND, null);
    };
  }, [offline]);
  const asks = !answered && (unanswered || marked || (typeof navigator !== 'undefined' && navigator.serviceWorker?.controller != null));
  useEffect(() => {
    if (!online || !asks) return undefined;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = (attempt: number) => {
      clearTimeout(timer);
      fetch(window.location.href, { cache: 'no-store' }).then(
        (response) => {
          if (!current) return;
          if (response.ok) window.location.reload();
          else if (response.status === 404) {
            setUnanswered(false);
            setAnswered(true);
          }
        },
        () => {
          if (!current) return;
          setUnanswered(true);
          // Said to be online, not yet answering: asked again a little later, four times at most.
          if (navigator.onLine && attempt < 4) timer = setTimeout(() => ask(attempt + 1), 1000 * 2 ** attempt);
        },
      );
    };
    const askAgain = () => ask(0);
    askAgain();
    window.addEventListener('online', askAgain);
    window.addEventListener('focus', askAgain);
    return () => {
      current = false;
      clearTimeout(timer);
      window.removeEventListener('online', askAgain);
      window.removeEventListener('focus', askAgain);
    };
  }, [online, asks]);
  return offline;
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
 *   from the top; one with no block's id at all says so too: BLOCKLESS_LINK);
 * - a tag typed in another form than its page's label (without its hamza, with a Persian «ی»,
 *   other harakat): the page of the tag with its matching key (tagLabelPathOf).
 */
function useWayOn(): void {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const meant = addressMeantBy(pathname);
    const page = parsePath(meant?.path ?? pathname)?.page;
    if (page === undefined) return;
    let to: string | null = null;
    let state: typeof BLOCKLESS_LINK | null = null;
    // A share link goes to the article at its block, whatever its case: the article then follows
    // an edited block's alias or says the block is gone (a share page's own redirects are the
    // server's).
    if (page.kind === 'share') to = `${pathOf({ kind: 'article', slug: page.slug })}${search}#${page.blockId}`;
    else if (meant !== null) {
      to = `${meant.path}${search}${meant.fragment === null ? hash : `#${encodeURIComponent(meant.fragment)}`}`;
      if (meant.blockless) state = BLOCKLESS_LINK;
    }
    // A tag typed in another form than its page's («الارهاب» for «الإرهاب»): the page of its key.
    const tag = page.kind === 'tag' ? page : null;
    if (to === null && tag === null) return;
    let current = true;
    const go = (target: string, withState: typeof BLOCKLESS_LINK | null = null) => {
      if (current) void navigate(target, { replace: true, state: withState });
    };
    const data = dataPathOf(page);
    if (data === null) {
      if (to !== null) go(to, state);
      return;
    }
    loadPageData(data).then(
      (found) => {
        if (found !== null) {
          if (to !== null) go(to, state);
        } else if (tag !== null) {
          void tagPageLabel(tag.label).then((label) => {
            const path = label === null || label === tag.label ? null : pathOf({ ...tag, label });
            if (path !== null) go(`${path}${search}${hash}`);
          });
        }
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [pathname, search, hash, navigate]);
}

