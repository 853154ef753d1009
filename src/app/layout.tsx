import { Suspense, use, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { parsePath } from '../lib/addresses.ts';
import { useReaderSettings } from '../features/reader-settings/use-reader-settings.ts';
import { appText, offlineText, settingsButtonText } from '../lib/ui-text.ts';
import { DigitStyleContext } from '../ui/digit-style.tsx';
import { SettingsIcon } from '../ui/icons.tsx';
import { useEarlyTap } from '../ui/early-tap.ts';
import { Toaster, showToast } from '../ui/toast.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { loadOrRecover } from './deploy-recovery.ts';
import { forgetFailedParts, lazyPart } from './lazy-part.ts';
import { forgetFailedLoads } from './load-page-data.ts';
import { NavigationPending } from './app-router.tsx';
import styles from './layout.module.css';

export const MAIN_ID = 'main';

// Opened on demand: its code is not part of the first load. A tab opened before a deploy that
// renamed the chunk reloads onto the new version (deploy-recovery.ts).
const loadSettingsPanel = () => import('../features/reader-settings/components/settings-panel.tsx');
const SettingsPanel = lazyPart(loadSettingsPanel, 'SettingsPanel');

/** Once an error view shows: what failed, the page's data or its code, loads afresh next time. */
function forgetFailures(): void {
  forgetFailedLoads();
  forgetFailedParts();
}

/**
 * The reading settings open once their code is here: fetched at the first press (a tab from
 * before a deploy reloads onto the new one: loadOrRecover); offline, the page stays and says so.
 */
function whenLoaded(): Promise<boolean> {
  return loadOrRecover(loadSettingsPanel).then(
    () => true,
    () => {
      showToast(navigator.onLine ? settingsButtonText.unavailable : `${settingsButtonText.unavailableOffline}${offlineText.offlineTitle}.`);
      return false;
    },
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  // A header link is the current page on the page it leads to, and marks its section on the
  // section's other pages (the index of tags' later pages).
  const current = parsePath(pathname)?.page;
  const tagsCurrent = current?.kind === 'tags' ? (current.page === 1 ? 'page' : 'true') : undefined;
  const settings = useReaderSettings();
  const [settingsOpen, setSettingsOpen] = useState(false);
  // On a slow line the panel's code takes a moment: the button says it is at work, and a second
  // press meanwhile does nothing more.
  const [settingsLoading, setSettingsLoading] = useState(false);
  const openSettings = () => {
    if (settingsLoading) return;
    setSettingsLoading(true);
    void whenLoaded().then((loaded) => {
      setSettingsLoading(false);
      if (loaded) setSettingsOpen(true);
    });
  };
  const header = useRef<HTMLElement>(null);
  useEarlyTap(header);
  // Closed, the panel gives focus back to its button, wherever it was while the code came.
  const settingsButton = useRef<HTMLButtonElement>(null);
  const closeSettings = () => {
    setSettingsOpen(false);
    settingsButton.current?.focus();
  };
  const navigating = use(NavigationPending);
  return (
    <DigitStyleContext value={settings.settings.digits}>
      <div className={styles.shell}>
        <a className={`${styles.skip} print-hidden`} href={`#${MAIN_ID}`}>
          {appText.skipToArticle}
        </a>
        <header ref={header} className={styles.header} aria-label={appText.siteHeader}>
          <nav aria-label={appText.mainNavigation} className={styles.nav}>
            <Link to="/" className={styles.brand}>
              {appText.siteName}
            </Link>
            <span className={styles.tagline}>{appText.siteTagline}</span>
            <Link to="/tags" className={styles.navLink} aria-current={tagsCurrent}>
              {appText.navTags}
            </Link>
            <Link to="/search" className={styles.navLink} aria-current={current?.kind === 'search' ? 'page' : undefined}>
              {appText.navSearch}
            </Link>
            <button ref={settingsButton} type="button" className={styles.settingsButton} aria-haspopup="dialog" aria-busy={settingsLoading || undefined} onClick={openSettings}>
              <SettingsIcon />
              <span className={styles.settingsLabel}>{settingsButtonText.title}</span>
            </button>
          </nav>
        </header>
        {/* A link's page on its way: words for a screen reader, in a region there from the start, and a bar at the top after a moment (a quick page shows none). */}
        <p role="status" className="visually-hidden">
          {navigating && appText.pageLoading}
        </p>
        <div className={styles.navigating} data-navigating={navigating || undefined} aria-hidden="true" />
        <main id={MAIN_ID} tabIndex={-1} className={styles.main} aria-label={appText.mainLabel} aria-busy={navigating || undefined}>
          <ErrorBoundary resetKey={pathname} onCaught={forgetFailures}>
            {children}
          </ErrorBoundary>
        </main>
        <footer className={styles.footer} aria-label={appText.siteFooter}>
          <p>{appText.footerNote}</p>
        </footer>
        <Toaster />
        {settingsOpen && (
          <Suspense fallback={null}>
            <SettingsPanel control={settings} onClose={closeSettings} />
          </Suspense>
        )}
      </div>
    </DigitStyleContext>
  );
}
