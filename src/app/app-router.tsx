import { createContext, startTransition, useLayoutEffect, useState, type ComponentProps, type ReactNode } from 'react';
import { Router, UNSAFE_createBrowserHistory as createBrowserHistory, type Location, type NavigationType } from 'react-router-dom';
import { NOT_FOUND, dataPathOf, parsePath } from '../lib/addresses.ts';
import { loadPageData, peekPageData } from './load-page-data.ts';

/** True while a page reached by a link or by Back is still loading, and the page left still shows. */
export const NavigationPending = createContext(false);

type History = ReturnType<typeof createBrowserHistory>;

/**
 * The router's way of changing the address: the browser's history, but a link to the address
 * the browser is already at replaces its entry, as the browser itself does with a link to the
 * page it shows. React Router compares with the page shown, which is still the one left while
 * the next is on its way: a second tap then would add a second entry to Back.
 */
function navigatorOver(history: History): ComponentProps<typeof Router>['navigator'] {
  const { createHref, replace, push } = history;
  return {
    ...history,
    push: (to, state) => {
      if (createHref(to) === createHref(history.location)) return replace(to, state);
      // Where the reader was, kept in the entry left: Back to it once its data is no longer at
      // hand (a tab reloaded since) lands there again (AppRouter).
      window.history.replaceState({ ...window.history.state, scroll: window.scrollY }, '');
      push(to, state);
    },
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
  const [history] = useState(() => createBrowserHistory({ v5Compat: true }));
  const [navigator] = useState(() => navigatorOver(history));
  const [shown, setShown] = useState<{ action: NavigationType; location: Location; scroll?: unknown }>(() => ({ action: history.action, location: history.location }));
  const [latest, setLatest] = useState(shown.location);
  useLayoutEffect(() => {
    let latestKey = history.location.key;
    return history.listen((next) => {
      latestKey = next.location.key;
      setLatest(next.location);
      const show = (scroll?: unknown) => {
        if (latestKey === next.location.key) startTransition(() => setShown({ ...next, scroll }));
      };
      // React renders a transition started by Back or Forward at once (so the browser puts the
      // reader where they were), and one that must wait shows the loading line in place of the
      // page. To a page whose data is not at hand (a tab reloaded since), the page left stays, as
      // after a link, until the data is here or failed; then the reader is put back where they
      // were, as the entry keeps it (the browser put them there on the page left, if it could).
      const data = next.action === 'POP' ? dataPathOf(parsePath(next.location.pathname)?.page ?? NOT_FOUND) : null;
      if (data === null || peekPageData(data) !== undefined) return show();
      const scroll: unknown = window.history.state?.scroll;
      void loadPageData(data).then(
        () => show(scroll),
        () => show(),
      );
    });
  }, [history]);
  useLayoutEffect(() => {
    if (typeof shown.scroll === 'number') window.scrollTo(0, shown.scroll);
  }, [shown]);
  return (
    <NavigationPending value={latest !== shown.location}>
      <Router location={shown.location} navigationType={shown.action} navigator={navigator}>
        {children}
      </Router>
    </NavigationPending>
  );
}
