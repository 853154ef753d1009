import { STORAGE_KEY, parseSettings, settingsToAttributes } from '../features/reader-settings/lib/settings.ts';
import { SITE_FONTS_ATTRIBUTE, hasSiteFonts } from '../ui/site-fonts.ts';

/** The reader's stored settings on <html>, with the settings module's own rules, before the first paint. */
export function applySettings(root: HTMLElement): void {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage blocked: the defaults.
  }
  for (const [name, value] of Object.entries(settingsToAttributes(parseSettings(stored)))) {
    if (value !== null) root.setAttribute(name, value);
  }
  // The site's font files once this browser has them (src/ui/site-fonts.ts, decision 0016).
  if (hasSiteFonts()) root.setAttribute(SITE_FONTS_ATTRIBUTE, '');
}
