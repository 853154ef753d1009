/**
 * Reader settings: what can be chosen, the defaults, and reading them back safely from storage.
 * src/boot/boot.ts applies the same attributes before first paint, from this module.
 */
import type { DigitStyle } from '../../../lib/format.ts';

export const TEXT_SIZES = [1, 2, 3, 4, 5] as const;
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const DIGIT_STYLES = ['arab', 'latn'] as const satisfies readonly DigitStyle[];

export type ReaderSettings = {
  readonly textSize: (typeof TEXT_SIZES)[number];
  readonly lineWidth: (typeof LINE_WIDTHS)[number];
  readonly theme: (typeof THEMES)[number];
  readonly digits: DigitStyle;
};

export const DEFAULT_SETTINGS: ReaderSettings = { textSize: 2, lineWidth: 'medium', theme: 'system', digits: 'arab' };

export const STORAGE_KEY = 'sahifa:settings';

function pick<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/** Settings from whatever storage held: anything unknown or broken falls back to the default. */
export function parseSettings(stored: string | null): ReaderSettings {
  let value: unknown;
  try {
    value = stored === null ? null : JSON.parse(stored);
  } catch {
    value = null;
  }
  const record: Record<string, unknown> = typeof value === 'object' && value !== null ? { ...value } : {};
  return {
    textSize: pick(TEXT_SIZES, record.textSize, DEFAULT_SETTINGS.textSize),
    lineWidth: pick(LINE_WIDTHS, record.lineWidth, DEFAULT_SETTINGS.lineWidth),
    theme: pick(THEMES, record.theme, DEFAULT_SETTINGS.theme),
    digits: pick(DIGIT_STYLES, record.digits, DEFAULT_SETTINGS.digits),
  };
}

/** The attributes on <html> that the stylesheet reads. */
export function settingsToAttributes(settings: ReaderSettings): Record<string, string | null> {
  return {
    'data-text-size': String(settings.textSize),
    'data-line-width': settings.lineWidth,
    'data-theme': settings.theme === 'system' ? null : settings.theme,
    'data-digits': settings.digits,
  };
}
