import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, STORAGE_KEY, parseSettings, settingsToAttributes, type ReaderSettings } from './lib/settings.ts';

/**
 * The reader's settings: their latest choice in this page always wins; localStorage keeps it for
 * the next visit when it can. When storage is full or blocked (QuotaExceededError, private
 * mode, a policy), the choice still applies here, and the panel says it was not kept (issue #16).
 */
type Snapshot = { readonly value: string | null; readonly saved: boolean };

const listeners = new Set<() => void>();
/** The latest choice (null until one is made here) and whether storage took it. */
let latest: string | null = null;
let saved = true;
let snapshot: Snapshot | null = null;
/** What prerendering and hydration see: nothing stored. */
const SERVER_SNAPSHOT: Snapshot = { value: null, saved: true };

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function isLocalStorage(area: Storage | null): boolean {
  try {
    return area !== null && area === window.localStorage;
  } catch {
    return false;
  }
}

function getSnapshot(): Snapshot {
  if (snapshot === null) {
    const value = latest ?? readStored();
    // Nothing stored: the very snapshot hydration used, so that React does not render the shell
    // again once hydrated (a reader who never chose a setting, every first visit).
    snapshot = value === null && saved ? SERVER_SNAPSHOT : { value, saved };
  }
  return snapshot;
}

function changed(): void {
  snapshot = null;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed them, removed them or cleared the site's storage: theirs is now the
  // latest choice, and no setting stored is a choice of the defaults (shown, and applied).
  const onStorage = (event: StorageEvent) => {
    if (event.key === null ? !isLocalStorage(event.storageArea) : event.key !== STORAGE_KEY) return;
    latest = readStored() ?? JSON.stringify(DEFAULT_SETTINGS);
    saved = true;
    changed();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function write(settings: ReaderSettings): void {
  latest = JSON.stringify(settings);
  try {
    window.localStorage.setItem(STORAGE_KEY, latest);
    saved = true;
  } catch {
    saved = false;
  }
  changed();
}

function apply(settings: ReaderSettings): void {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(settingsToAttributes(settings))) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
}

export type ReaderSettingsControl = {
  readonly settings: ReaderSettings;
  /** Whether the latest choice is kept on this device (false: this page only). */
  readonly saved: boolean;
  readonly update: (change: Partial<ReaderSettings>) => void;
  readonly reset: () => void;
};

/**
 * The reader's settings. Prerendering and hydration use the defaults; the page already shows the
 * stored ones, which the boot script set before first paint.
 */
export function useReaderSettings(): ReaderSettingsControl {
  const { value, saved: kept } = useSyncExternalStore(subscribe, getSnapshot, () => SERVER_SNAPSHOT);
  const settings = useMemo(() => parseSettings(value), [value]);
  useEffect(() => {
    if (value !== null) apply(settings);
  }, [value, settings]);
  return {
    settings,
    saved: kept,
    update: (change) => write({ ...settings, ...change }),
    reset: () => write(DEFAULT_SETTINGS),
  };
}
