import { expect, test } from 'vitest';
import { siteUrlFrom } from './lib/site-url.ts';

test('a production build without SAHIFA_SITE_URL stops and says how to set it', () => {
  expect(() => siteUrlFrom(undefined)).toThrow(/SAHIFA_SITE_URL is not set[^]*SAHIFA_SITE_URL=https:\/\/sahifa\.example npm run build/);
  expect(() => siteUrlFrom('')).toThrow(/SAHIFA_SITE_URL is not set/);
  expect(() => siteUrlFrom('sahifa.example')).toThrow(/not an absolute URL/);
  expect(() => siteUrlFrom('ftp://sahifa.example')).toThrow(/http\(s\) address/);
  expect(siteUrlFrom('https://sahifa.example/')).toBe('https://sahifa.example');
});
