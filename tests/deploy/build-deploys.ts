/**
 * Two deploys of the same site for the deploy test (tests/e2e/deploy.deploy.spec.ts): A is the
 * test build (dist/, `npm run build:test`), B the same site with one paragraph edited and the
 * code's build id changed (so every chunk has a new name). `.deploy/live` starts as A;
 * the test replaces it with B under the running server.
 * Usage (after build:test): node --import tsx tests/deploy/build-deploys.ts
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIXTURE_CONTENT_DIR } from '../fixtures/articles.ts';

const ROOT = join(import.meta.dirname, '../..');
export const DEPLOY_DIR = join(ROOT, '.deploy');
/** The article the reader has open: long enough to be scrolled down. */
export const DEPLOY_SLUG = 'fixture-long';
/** The paragraph B edits, far down the article. */
export const EDITED_ID = 'p-l16';
export const EDIT = ' (عُدّلت هذه الفقرة بعد النشر.)';

/** The test articles, with the one paragraph edited. */
function writeEditedContent(): string {
  const dir = join(DEPLOY_DIR, 'content-b');
  cpSync(FIXTURE_CONTENT_DIR, dir, { recursive: true });
  const file = join(dir, 'articles', `${DEPLOY_SLUG}.json`);
  const article = JSON.parse(readFileSync(file, 'utf8'));
  const block = article.blocks.find((candidate: { id: string }) => candidate.id === EDITED_ID);
  block.text += EDIT;
  writeFileSync(file, JSON.stringify(article, null, 2));
  return dir;
}

/**
 * Makes `.deploy/live` deploy `name`: A is the test build itself, B its own build. `live` is a
 * symbolic link swapped in one rename, as release directories are deployed: the server sees one
 * version or the other, never a half-copied tree, and a swap costs nothing (copying the 1,700
 * files took 1–3 s of each test on a busy machine).
 */
export function deploy(name: 'a' | 'b'): void {
  const live = join(DEPLOY_DIR, 'live');
  const next = join(DEPLOY_DIR, 'live.next');
  rmSync(next, { force: true });
  symlinkSync(name === 'a' ? relative(DEPLOY_DIR, join(ROOT, 'dist')) : 'b', next);
  // A directory left by an older version of this script cannot be renamed over.
  if (existsSync(live) && !lstatSync(live).isSymbolicLink()) rmSync(live, { recursive: true, force: true });
  renameSync(next, live);
}

if (process.argv[1] === import.meta.filename) {
  rmSync(DEPLOY_DIR, { recursive: true, force: true });
  mkdirSync(DEPLOY_DIR, { recursive: true });
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, SAHIFA_SITE_URL: 'http://localhost:4180', SAHIFA_EXTRA_CONTENT: writeEditedContent(), SAHIFA_OUT_DIR: join(DEPLOY_DIR, 'b'), SAHIFA_BUILD_SALT: 'deploy-b' },
  });
  deploy('a');
}
