import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, STORAGE_KEY, parseSettings, settingsToAttributes, type ReaderSettings } from './lib/settings.ts';

const listeners = new Set<() => void>();
// When storage is blocked (private mode, policy) a choice still holds for this page.
let unsaved: string | null = null;

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? unsaved;
  } catch {
    return unsaved;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener); // another tab changed them
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function write(settings: ReaderSettings): void {
  unsaved = JSON.stringify(settings);
  try {
    window.localStorage.setItem(STORAGE_KEY, unsaved);
  } catch {
    // kept in `unsaved`
  }
  for (const listener of listeners) listener();
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
  readonly update: (change: Partial<ReaderSettings>) => void;
  readonly reset: () => void;
};

/**
 * The reader's settings, kept in localStorage. Prerendering and hydration use the defaults; the
 * page already shows the stored ones, which src/boot.js set before first paint.
 */
export function useReaderSettings(): ReaderSettingsControl {
  const stored = useSyncExternalStore(subscribe, readStored, () => null);
  const settings = useMemo(() => parseSettings(stored), [stored]);
  useEffect(() => {
    if (stored !== null) apply(settings);
  }, [stored, settings]);
  return {
    settings,
    update: (change) => write({ ...settings, ...change }),
    reset: () => write(DEFAULT_SETTINGS),
  };
}
