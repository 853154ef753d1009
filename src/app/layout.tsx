import { Suspense, lazy, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useReaderSettings } from '../features/reader-settings/use-reader-settings.ts';
import { uiText } from '../lib/ui-text.ts';
import { DigitStyleContext } from '../ui/digit-style.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import styles from './layout.module.css';

export const MAIN_ID = 'main';

// Opened on demand: its code is not part of the first load.
const SettingsPanel = lazy(() =>
  import('../features/reader-settings/components/settings-panel.tsx').then((module) => ({ default: module.SettingsPanel })),
);

export function Layout() {
  const { pathname } = useLocation();
  const settings = useReaderSettings();
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <DigitStyleContext value={settings.settings.digits}>
      <div className={styles.shell}>
        <a className={`${styles.skip} print-hidden`} href={`#${MAIN_ID}`}>
          {uiText.skipToArticle}
        </a>
        <header className={styles.header} aria-label={uiText.siteHeader}>
          <nav aria-label={uiText.mainNavigation} className={styles.nav}>
            <Link to="/" className={styles.brand}>
              {uiText.siteName}
            </Link>
            <span className={styles.tagline}>{uiText.siteTagline}</span>
            <button type="button" className={styles.settingsButton} aria-haspopup="dialog" onClick={() => setSettingsOpen(true)}>
              {uiText.settingsOpen}
            </button>
          </nav>
        </header>
        <main id={MAIN_ID} tabIndex={-1} className={styles.main} aria-label={uiText.mainLabel}>
          <ErrorBoundary resetKey={pathname}>
            <Outlet />
          </ErrorBoundary>
        </main>
        <footer className={styles.footer} aria-label={uiText.siteFooter}>
          <p>{uiText.footerNote}</p>
        </footer>
        {settingsOpen && (
          <Suspense fallback={null}>
            <SettingsPanel control={settings} onClose={() => setSettingsOpen(false)} />
          </Suspense>
        )}
      </div>
    </DigitStyleContext>
  );
}
