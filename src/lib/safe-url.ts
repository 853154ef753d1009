/**
 * The one URL sanitizer. Every link the app renders, and every link the content schema accepts,
 * goes through `toSafeUrl`. Only absolute https URLs without credentials survive; anything
 * else (javascript:, data:, http:, relative, malformed) is refused.
 */

/** Hosts a tweet's links may point to (issue #10). */
export const TWEET_HOSTS: readonly string[] = ['x.com', 'twitter.com', 'pic.twitter.com', 't.co'];

// Controls and invisible format characters never belong in a URL; a URL carrying them is hostile.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_IN_URL = /[\u0000-\u0020\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

export type SafeUrl = { readonly href: string; readonly host: string };

/** Returns the normalized https URL, or null when the input must not become a link. */
export function toSafeUrl(input: string, allowedHosts?: readonly string[]): SafeUrl | null {
  if (input.length === 0 || input.length > 2048 || FORBIDDEN_IN_URL.test(input)) return null;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  const host = url.hostname.toLowerCase();
  if (allowedHosts && !allowedHosts.some((allowed) => host === allowed || host === `www.${allowed}`)) {
    return null;
  }
  return { href: url.href, host };
}

/** Whether `input` is an https URL the app would render (optionally restricted to some hosts). */
export function isSafeUrl(input: string, allowedHosts?: readonly string[]): boolean {
  return toSafeUrl(input, allowedHosts) !== null;
}

/** A scheme-less link as written in a tweet ("pic.twitter.com/abc") made absolute for checking. */
export function withHttps(written: string): string {
  return /^https?:\/\//i.test(written) ? written.replace(/^http:/i, 'https:') : `https://${written}`;
}
