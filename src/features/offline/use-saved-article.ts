import { useCallback, useEffect, useState } from 'react';
import { SAVED_CACHE, offlineFilesOf } from '../../lib/offline-policy.ts';
import { pathOf } from '../../lib/addresses.ts';
import { canWorkOffline, registerOfflineWorker } from '../../ui/offline-worker.ts';
import { useHydrated } from '../../ui/use-hydrated.tsx';

/** 'unavailable': this browser cannot (or the page has not hydrated yet); 'checking': looking. */
export type SavedState = 'unavailable' | 'checking' | 'unsaved' | 'saving' | 'saved';

/**
 * Whether the article is saved for offline reading, and the way to save or remove it. Saving
 * registers the offline worker (it brings the shell: code, styles, fonts) and keeps the
 * article's page and data in the saved cache, which nothing but the reader empties.
 */
export function useSavedArticle(slug: string): { state: SavedState; save: () => Promise<boolean>; remove: () => Promise<void> } {
  const hydrated = useHydrated();
  const path = pathOf({ kind: 'article', slug }) ?? '/';
  const key = offlineFilesOf({ kind: 'article', slug }, path).join(' ');
  // What is known, for which article: another article's answer is no answer.
  const [known, setKnown] = useState<{ readonly key: string; readonly state: SavedState } | null>(null);
  const available = hydrated && canWorkOffline();
  const state: SavedState = !available ? 'unavailable' : known?.key === key ? known.state : 'checking';
  const setState = useCallback((next: SavedState) => setKnown({ key, state: next }), [key]);

  useEffect(() => {
    if (!available) return;
    let current = true;
    // caches.match, not caches.open: looking must not create the cache.
    void Promise.all(key.split(' ').map((file) => caches.match(file, { cacheName: SAVED_CACHE })))
      .then(
        (found) => current && setState(found.every(Boolean) ? 'saved' : 'unsaved'),
        () => current && setState('unavailable'),
      );
    return () => {
      current = false;
    };
  }, [available, key, setState]);

  const save = useCallback(async () => {
    setState('saving');
    try {
      await registerOfflineWorker();
      const cache = await caches.open(SAVED_CACHE);
      await cache.addAll(key.split(' '));
      setState('saved');
      return true;
    } catch {
      setState('unsaved');
      return false;
    }
  }, [key, setState]);

  const remove = useCallback(async () => {
    const cache = await caches.open(SAVED_CACHE);
    await Promise.all(key.split(' ').map((file) => cache.delete(file)));
    setState('unsaved');
  }, [key, setState]);

  return { state, save, remove };
}
