/** Where a production build says the site lives (SAHIFA_SITE_URL), checked before anything is built. */

export class SiteUrlError extends Error {}

/** SAHIFA_SITE_URL, checked: an absolute http(s) origin with an optional path, no trailing slash. */
export function siteUrlFrom(value: string | undefined): string {
  const help =
    'Set SAHIFA_SITE_URL to the address the site will be published at, for example\n' +
    '  SAHIFA_SITE_URL=https://sahifa.example npm run build\n' +
    '(npm start and the tests set a local address themselves).';
  if (!value) throw new SiteUrlError(`SAHIFA_SITE_URL is not set: canonical links and share previews need the site's address.\n${help}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteUrlError(`SAHIFA_SITE_URL is not an absolute URL: ${value}\n${help}`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username) {
    throw new SiteUrlError(`SAHIFA_SITE_URL must be an http(s) address without query, fragment or credentials: ${value}`);
  }
  return url.href.replace(/\/+$/, '');
}

