import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, type InitialPage } from './app/app.tsx';
import { AppRouter } from './app/app-router.tsx';
import { takeResumePoint } from './app/deploy-recovery.ts';
import { loadPageData } from './app/load-page-data.ts';
import { PAGE_DESCRIPTOR_ID, parsePageDescriptor } from './app/page-descriptor.ts';
import { NOT_FOUND, dataPathOf, parsePath, pathOf } from './lib/addresses.ts';
import { registerWhenIdle } from './ui/offline-worker.ts';
import { fetchSiteFontsWhenIdle } from './ui/site-fonts.ts';
import './styles/global.css';

const container = document.getElementById('root');
// The page the server sent (absent in development, where the client renders every page itself).
const sent = parsePageDescriptor(document.getElementById(PAGE_DESCRIPTOR_ID)?.textContent);
const page = sent ?? parsePath(window.location.pathname)?.page ?? NOT_FOUND;

// One address per page: a trailing slash or /index.html becomes the canonical path, query and
// fragment kept. Before hydrating, so that the router starts where the prerenderer rendered.
const canonical = pathOf(page);
if (sent && canonical !== null && canonical !== window.location.pathname) {
  window.history.replaceState(window.history.state, '', `${canonical}${window.location.search}${window.location.hash}`);
}
// Reloaded onto a new deploy: back to the paragraph the reader was at (when it is on this page:
// a reload during a link to another page records the block of the page left behind).
const resumeAt = takeResumePoint(window.location.pathname);
const resumed = resumeAt !== null && window.location.hash === '' && document.getElementById(resumeAt) !== null;
if (resumed) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#${resumeAt}`);

const initial: InitialPage = { page, path: window.location.pathname, resumed };
const dataPath = dataPathOf(page);

// The prerendered HTML already shows the page; its data (fetched now, not before first paint)
// arrives before hydrating, so the first client render equals the HTML exactly.
void (dataPath === null ? Promise.resolve(null) : loadPageData(dataPath)).then(() => {
  if (!container) return;
  const app = (
    <StrictMode>
      <AppRouter>
        <App initial={initial} />
      </AppRouter>
    </StrictMode>
  );
  // From here React handles taps itself (src/ui/early-tap.ts).
  window.sahifaEarlyTap?.stop();
  // As a transition, hydration runs in short slices instead of one long task, and a tap during
  // it is replayed by React once the part it landed on has hydrated.
  // An error an error boundary shows the reader (a page that could not load) is theirs to see,
  // not the console's; hydration mismatches still go to console.error.
  const onCaughtError = (error: unknown) => console.info('Sahifa showed an error view:', error instanceof Error ? error.message : error);
  if (sent && container.firstElementChild) startTransition(() => void hydrateRoot(container, app, { onCaughtError }));
  else createRoot(container, { onCaughtError }).render(app);
  // Offline reading (docs/decisions/0017-offline-policy.md).
  if (import.meta.env.PROD) registerWhenIdle();
  // The site's fonts, for the pages after this one (decision 0016).
  fetchSiteFontsWhenIdle();
});
