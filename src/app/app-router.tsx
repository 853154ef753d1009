import { createContext, startTransition, useLayoutEffect, useState, type ComponentProps, type ReactNode } from 'react';
import { Router, UNSAFE_createBrowserHistory as createBrowserHistory, type Location, type NavigationType } from 'react-router-dom';
import { NOT_FOUND, dataPathOf, parsePath } from '../lib/addresses.ts';
import { loadPageData, peekPageData } from './load-page-data.ts';
import { rememberScroll, rememberedScroll } from './scroll-memory.ts';

/** True while a page reached by a link or by Back is still loading, and the page left still shows. */
export const NavigationPending = createContext(false);

/**
 * The browser's history, and the router's way of changing it, with the page shown beside it.
 * React Router chooses push or replace from the page shown; here a link is a new entry unless
 * the address the browser is at says otherwise: a link to that address replaces its entry, as
 * the browser does (a second tap adds no entry to Back), and a link tapped while a link's page
 * is still on its way takes its entry, as a browser's navigation cancels one not yet done (Back
 * never leads to a page that was never shown).
 */
function appHistory() {
  const history = createBrowserHistory({ v5Compat: true });
  const { createHref, replace, push } = history;
  let shown = history.location;
  /** The entry a link made last. */
  let linked: string | null = null;
  const navigator: ComponentProps<typeof Router>['navigator'] = {
    ...history,
    push: (to, state) => {
      const onItsWay = history.location.key === linked && linked !== shown.key;
      (onItsWay || createHref(to) === createHref(history.location) ? replace : push)(to, state);
      linked = history.location.key;
    },
  };
  return {
    history,
    navigator,
    /** The page shown is now the one at `location`. */
    showing: (location: Location) => void (shown = location),
    /** Whether the page at `location` is the one shown. */
    shows: (location: Location) => location.key === shown.key,
  };
}

/**
 * The browser's router: React Router's own `Router` over the browser's history, each change of
 * address rendered as a transition, as its `BrowserRouter` does, so the page left stays in view
 * until the next one has its data and code. The address the browser is at is also kept, as an
 * urgent update: while it is not the one shown, a page is on its way, and the layout says so (on
 * a slow line a link's page can take seconds, and without a sign a reader taps again or thinks
 * the link broken). Not `useTransition`'s pending flag: React renders a transition started by
 * Back or Forward at once (for the browser's scroll restoration), and its pending state never
 * commits.
 */
export function AppRouter({ children }: { children: ReactNode }) {
  const [{ history, navigator, showing, shows }] = useState(appHistory);
  const [shown, setShown] = useState<{ action: NavigationType; location: Location; scroll?: number }>(() => ({ action: history.action, location: history.location }));
  const [latest, setLatest] = useState(shown.location);
  useLayoutEffect(() => {
    showing(shown.location);
    if (shown.scroll !== undefined) window.scrollTo(0, shown.scroll);
  }, [shown, showing]);
  useLayoutEffect(() => {
    // The browser's entry before each change, and how it was reached.
    let at = history.location;
    let atAction = history.action;
    return history.listen((next) => {
      const wasOnItsWay = !shows(at);
      // Where the reader was on the page left (while another was on its way, the page shown was
      // not the entry left).
      if (!wasOnItsWay) rememberScroll(at.key, window.scrollY);
      // A replace of an address still on its way (a second tap on its link) is that link still:
      // its page opens at its top, with focus at its start.
      const action = wasOnItsWay && next.action === 'REPLACE' ? atAction : next.action;
      at = next.location;
      atAction = action;
      setLatest(next.location);
      const show = (scroll?: number) => {
        if (at === next.location) startTransition(() => setShown({ action, location: next.location, scroll }));
      };
      // React renders a transition started by Back or Forward at once (so the browser puts the
      // reader where they were), and one that must wait shows the loading line in place of the
      // page. To a page whose data is not at hand (a tab reloaded since), the page left stays,
      // as after a link, where the reader has it (the browser puts the next page's place on it
      // after this event: it is put back before the frame), until the data is here or failed;
      // then the page opens where the reader was on it.
      // A page without data waits for its code (the not-found page), and the search for its
      // results too (they are drawn after it shows otherwise, and its place among them lost).
      const page = parsePath(next.location.pathname)?.page ?? NOT_FOUND;
      const data = dataPathOf(page);
      if (next.action !== 'POP' || (data !== null && peekPageData(data) !== undefined)) return show();
      const left = window.scrollY;
      requestAnimationFrame(() => {
        if (at === next.location && !shows(next.location)) window.scrollTo(0, left);
      });
      const scroll = rememberedScroll(next.location.key);
      const ready =
        data !== null
          ? loadPageData(data)
          : page.kind === 'search'
            ? import('./search-route.tsx').then((route) => route.prepareSearchRoute(next.location.search))
            : import('./not-found-route.tsx');
      void ready.then(
        () => show(scroll),
        () => show(),
      );
    });
  }, [history, shows]);
  return (
    <NavigationPending value={latest !== shown.location}>
      <Router location={shown.location} navigationType={shown.action} navigator={navigator}>
        {children}
      </Router>
    </NavigationPending>
  );
}
