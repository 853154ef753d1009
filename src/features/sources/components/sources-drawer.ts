/**
 * The phone drawer of the sources, driven by id so that the inline citation links (in the first
 * bundle) can open it without loading the sidebar's code (a lazy chunk).
 */
import { sourceElementId } from '../lib/source-model.ts';

export const SOURCES_DRAWER_ID = 'sources-drawer';

export function openDrawer(): void {
  const drawer = document.getElementById(SOURCES_DRAWER_ID);
  if (drawer instanceof HTMLDialogElement && !drawer.open) drawer.showModal();
}

export function closeDrawer(): void {
  const drawer = document.getElementById(SOURCES_DRAWER_ID);
  if (drawer instanceof HTMLDialogElement && drawer.open) drawer.close();
}

/** Shows a source's entry: opens the drawer on phones, then gives the entry focus. */
export function openSourceEntry(sourceId: string): void {
  openDrawer();
  const entry = document.getElementById(sourceElementId(sourceId));
  entry?.scrollIntoView({ block: 'nearest' });
  entry?.focus({ preventScroll: true });
}
