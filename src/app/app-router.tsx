import { createContext, useLayoutEffect, useState, useTransition, type ReactNode } from 'react';
import { Router, UNSAFE_createBrowserHistory as createBrowserHistory, type Location, type NavigationType } from 'react-router-dom';

/** True while a page reached by a link or by Back is still loading, and the page left still shows. */
export const NavigationPending = createContext(false);

/**
 * The browser's router: React Router's own `Router` over the browser's history, each change of
 * address rendered as a transition, as its `BrowserRouter` does, so the page left stays in view
 * until the next one has its data and code. Here the transition is ours (`useTransition`), and
 * its pending state is what the layout shows: on a slow line a link's page can take seconds, and
 * without a sign a reader taps again or thinks the link broken.
 */
export function AppRouter({ children }: { children: ReactNode }) {
  const [history] = useState(() => createBrowserHistory({ v5Compat: true }));
  const [state, setState] = useState<{ action: NavigationType; location: Location }>({ action: history.action, location: history.location });
  const [pending, startTransition] = useTransition();
  useLayoutEffect(() => history.listen((next) => startTransition(() => setState(next))), [history]);
  return (
    <NavigationPending value={pending}>
      <Router location={state.location} navigationType={state.action} navigator={history}>
        {children}
      </Router>
    </NavigationPending>
  );
}
