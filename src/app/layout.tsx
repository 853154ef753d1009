import { Link, Outlet, useLocation } from 'react-router-dom';
import { ErrorBoundary } from './error-boundary.tsx';
import { uiText } from '../lib/ui-text.ts';
import styles from './layout.module.css';

export const MAIN_ID = 'main';

export function Layout() {
  const { pathname } = useLocation();
  return (
    <div className={styles.shell}>
      <a className={styles.skip} href={`#${MAIN_ID}`}>
        {uiText.skipToArticle}
      </a>
      <header className={styles.header}>
        <nav aria-label={uiText.mainNavigation} className={styles.nav}>
          <Link to="/" className={styles.brand}>
            {uiText.siteName}
          </Link>
          <span className={styles.tagline}>{uiText.siteTagline}</span>
        </nav>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className={styles.main}>
        <ErrorBoundary resetKey={pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className={styles.footer} aria-label={uiText.siteFooter}>
        <p>{uiText.footerNote}</p>
      </footer>
    </div>
  );
}
