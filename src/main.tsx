import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App, preloadRoute } from './app/app.tsx';
import { matchArticleSlug } from './app/page-meta.ts';
import { loadArticle } from './content/articles.ts';
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
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </StrictMode>
  );
  if (container.firstElementChild) hydrateRoot(container, app);
  else createRoot(container).render(app);
  registerServiceWorker();
});

/** Offline reading after one visit (scripts/service-worker.ts builds /sw.js). */
function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
