/**
 * Apart from addresses.ts: only the not-found page asks it, and a module the app's first script
 * imports would carry it there (docs/decisions/0005).
 */
import { parsePath, pathOf } from './addresses.ts';

/**
 * The page an address typed or pasted with other letter case or doubled slashes was meant for
 * («/Articles/Deir-Ez-Zor-Recaptured», «//articles/x»): its canonical path, or null when there
 * is none. Such an address is still the not-found page (status 404: one page, one address); the
 * app takes the reader on from there once the page is found to exist. A tag's page is never
 * guessed: letter case may be all that tells two tags apart.
 */
export function addressMeantBy(pathname: string): string | null {
  const folded = pathname.replace(/\/{2,}/gu, '/').replace(/[A-Z]+/gu, (letters) => letters.toLowerCase());
  if (folded === pathname) return null;
  const page = parsePath(folded)?.page;
  if (page === undefined || page.kind === 'tag' || page.kind === 'not-found') return null;
  return pathOf(page);
}
