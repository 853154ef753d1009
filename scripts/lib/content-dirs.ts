import { join, resolve } from 'node:path';
import { CONTENT_DIR } from '../../src/content/read-articles.ts';

/**
 * The folders of article JSON a build reads: `content/articles`, then `<dir>/articles` for each
 * folder of SAHIFA_EXTRA_CONTENT (colon-separated, relative to the project or absolute). The build
 * and the font subset (vite.config.ts) both read these: a subset made from fewer articles than the
 * build publishes lacks their letters.
 */
export function articleDirs(root: string, extra = process.env.SAHIFA_EXTRA_CONTENT ?? ''): string[] {
  const dirs = extra.split(':').filter((dir) => dir !== '');
  return [join(CONTENT_DIR, 'articles'), ...dirs.map((dir) => resolve(root, dir, 'articles'))];
}
