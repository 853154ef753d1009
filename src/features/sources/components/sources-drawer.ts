/**
 * The drawer of the sources below wide screens, driven by id so that the inline citation links
 * and the openers can open it without holding its state.
 */
import { sourceElementId } from '../lib/source-model.ts';

/** Below this width the sources are a drawer opened by a button (issue #18: tablets too). */
export const NARROW_QUERY = '(max-width: 63.99rem)';

export const SOURCES_DRAWER_ID = 'sources-drawer';

function drawer(): HTMLDialogElement | null {
  const element = document.getElementById(SOURCES_DRAWER_ID);
  return element instanceof HTMLDialogElement ? element : null;
}

export function openDrawer(): void {
  const element = drawer();
  if (element && !element.open) element.showModal();
}

export function closeDrawer(): void {
  const element = drawer();
  if (element?.open) element.close();
}

/** Shows a source's entry: opens the drawer where there is one, brings the entry into view, gives it focus. */
export function openSourceEntry(sourceId: string): void {
  openDrawer();
  // After the drawer has opened and laid out.
  requestAnimationFrame(() => {
    const entry = document.getElementById(sourceElementId(sourceId));
    entry?.scrollIntoView({ block: 'start' });
    entry?.focus({ preventScroll: true });
  });
}
