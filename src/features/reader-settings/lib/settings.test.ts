import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, settingsToAttributes } from './settings.ts';

test('nothing stored gives the defaults', () => {
  expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
});

test('stored choices come back', () => {
  const stored = JSON.stringify({ textSize: 4, lineWidth: 'wide', theme: 'dark', digits: 'latn' });
  expect(parseSettings(stored)).toEqual({ textSize: 4, lineWidth: 'wide', theme: 'dark', digits: 'latn' });
});

test('broken or hostile storage falls back field by field', () => {
  expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
  expect(parseSettings('"dark"')).toEqual(DEFAULT_SETTINGS);
  expect(parseSettings(JSON.stringify({ textSize: 99, theme: '</style>', digits: 'latn', __proto__: { theme: 'dark' } }))).toEqual({
    ...DEFAULT_SETTINGS,
    digits: 'latn',
  });
});

test('the system theme sets no theme attribute, so the stylesheet follows the system', () => {
  expect(settingsToAttributes(DEFAULT_SETTINGS)).toEqual({ 'data-text-size': '2', 'data-line-width': 'medium', 'data-theme': null, 'data-digits': 'arab' });
});
