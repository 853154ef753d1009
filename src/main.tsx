import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App, preloadRoute } from './app/app.tsx';
import { matchArticleSlug } from './app/page-meta.ts';
import { loadArticle } from './content/articles.ts';
import { holdEarlyTap } from './ui/early-tap.ts';
import './styles/global.css';

const container = document.getElementById('root');
const slug = matchArticleSlug(window.location.pathname);

// The prerendered HTML already shows the article; its data (a chunk of its own, fetched as soon
// as this script runs, not preloaded: first paint does not need it) and the route's code load
// before hydrating, so the first client render matches the HTML exactly.
void Promise.all([slug ? loadArticle(slug) : undefined, preloadRoute(window.location.pathname)]).then(() => {
  if (!container) return;
  const app = (
    <StrictMode>
      {/* Router updates render at once, not as transitions: Back and Forward between hashtag
          filters must paint in the frame they happen in (docs/decisions/0006). */}
      <BrowserRouter useTransitions={false}>
        <App />
      </BrowserRouter>
    </StrictMode>
  );
  // As a transition, hydration runs in short slices instead of one long task (as Remix and
  // React Router's own client entry do), and a tap during it is not lost.
  holdEarlyTap();
  if (container.firstElementChild) startTransition(() => void hydrateRoot(container, app));
  else createRoot(container).render(app);
  registerServiceWorker();
});

/** Offline reading after one visit (scripts/service-worker.ts builds /sw.js). */
function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Once the page has loaded and gone idle: installing downloads every precached file, which
  // must not compete with the page's own first requests and hydration.
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 2000));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
