/**
 * A tab opened before a deploy asks for files the new deploy no longer has (a code chunk whose
 * name changed) or gets data written for other code. The page then reloads itself, once, onto
 * the new version and returns the reader to the paragraph they were at (issue #16,
 * docs/decisions/0004-offline-updates.md). A second failure within a minute is not reloaded
 * again: it is shown as an error, with a way to try again.
 */

const RELOAD_KEY = 'sahifa:reload';
const QUIET_PERIOD_MS = 60_000;

type Reload = { readonly path: string; readonly at: number; readonly blockId: string | null };

export class DeployMismatchError extends Error {
  override name = 'DeployMismatchError';
}

function readReload(): Reload | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(RELOAD_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const path = 'path' in value && typeof value.path === 'string' ? value.path : null;
    const at = 'at' in value && typeof value.at === 'number' ? value.at : null;
    const blockId = 'blockId' in value && typeof value.blockId === 'string' ? value.blockId : null;
    return path === null || at === null ? null : { path, at, blockId };
  } catch {
    return null;
  }
}

/** The paragraph or tweet at the top of the reader's screen, if any. */
function blockInView(): string | null {
  for (const block of document.querySelectorAll<HTMLElement>('main [data-block]')) {
    if (block.getBoundingClientRect().bottom > 0) return block.id || null;
  }
  return null;
}

/**
 * Reloads the page onto the deployed version, remembering where the reader is; never resolves.
 * Throws instead when this page was reloaded for the same reason within the last minute.
 */
export function reloadOntoNewVersion(): Promise<never> {
  const path = window.location.pathname;
  const last = readReload();
  if (last && last.path === path && Date.now() - last.at < QUIET_PERIOD_MS) {
    throw new DeployMismatchError('the page was already reloaded onto the new version and still fails');
  }
  try {
    sessionStorage.setItem(RELOAD_KEY, JSON.stringify({ path, at: Date.now(), blockId: blockInView() } satisfies Reload));
  } catch {
    // Without storage the reload still helps; the reader just starts from the top.
  }
  window.location.reload();
  return new Promise<never>(() => {});
}

/**
 * Whether this page was loaded by a reload, the only way a resume point is left. Any other load
 * (most of them) does not open the tab's storage while the app starts: the first use of
 * `sessionStorage` is a synchronous wait on the browser, 4–5 ms of the main thread here.
 */
function wasReloaded(): boolean {
  const [navigation] = performance.getEntriesByType('navigation');
  return !(navigation instanceof PerformanceNavigationTiming) || navigation.type === 'reload';
}

/**
 * After such a reload: the block the reader was at on this path (once; null otherwise). The
 * record stays for the quiet period, so a failing new version is not reloaded again.
 */
export function takeResumePoint(path: string): string | null {
  if (!wasReloaded()) return null;
  const last = readReload();
  if (!last || last.path !== path || last.blockId === null) return null;
  try {
    sessionStorage.setItem(RELOAD_KEY, JSON.stringify({ ...last, blockId: null }));
  } catch {
    return null;
  }
  return last.blockId;
}

/**
 * Runs `load`, then once more if it fails (a dropped connection); then, unless the browser is
 * offline (a reload would not help), reloads onto the new version.
 */
export async function loadOrRecover<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch {
    try {
      return await load();
    } catch (error) {
      if (!navigator.onLine) throw error;
      return reloadOntoNewVersion();
    }
  }
}
