import { useEffect, useSyncExternalStore } from 'react';
import styles from './toast.module.css';

/**
 * One way to say a thing happened (issue #18): a short message in a live region at the foot of
 * the screen, gone after three seconds (or as long as it asks); never drawn in the text, never
 * moving a control.
 */
const SHOWN_MS = 3000;

let current: { readonly message: string; readonly id: number; readonly shownMs: number } | null = null;
let serial = 0;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Shows `message` (replacing one that is showing), for three seconds or `shownMs`. */
export function showToast(message: string, shownMs = SHOWN_MS): void {
  serial += 1;
  current = { message, id: serial, shownMs };
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The live region: always in the page (so announcements are heard), empty between messages. */
export function Toaster() {
  const toast = useSyncExternalStore(subscribe, () => current, () => null);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => {
      if (current?.id === toast.id) {
        current = null;
        notify();
      }
    }, toast.shownMs);
    return () => clearTimeout(timer);
  }, [toast]);
  return (
    <div className={`${styles.region} print-hidden`} role="status" aria-live="polite">
      {toast && (
        <p key={toast.id} className={styles.toast}>
          {toast.message}
        </p>
      )}
    </div>
  );
}
