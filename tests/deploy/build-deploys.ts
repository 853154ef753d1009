/**
 * Two deploys of the same site for the deploy test (tests/e2e/deploy.deploy.spec.ts): A, and B
 * with one paragraph edited and the code's build id changed (so every chunk has a new name).
 * `.deploy/live` starts as A; the test replaces it with B under the running server.
 * Usage: node --import tsx tests/deploy/build-deploys.ts
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_CONTENT_DIR } from '../fixtures/articles.ts';

export const DEPLOY_DIR = join(import.meta.dirname, '../../.deploy');
export const DEPLOY_SLUG = 'fixture-deploy';
/** The paragraph B edits, far enough down the article for a reader to be scrolled to it. */
export const EDITED_ID = 'p-l16';
export const EDIT = ' (عُدّلت هذه الفقرة بعد النشر.)';

function writeContent(name: 'a' | 'b'): string {
  const article = JSON.parse(readFileSync(join(FIXTURE_CONTENT_DIR, 'articles/fixture-long.json'), 'utf8'));
  article.slug = DEPLOY_SLUG;
  article.headline.text = 'مقال اختبار النشر: نسخة تتغيّر تحت صفحة مفتوحة';
  if (name === 'b') {
    const block = article.blocks.find((candidate: { id: string }) => candidate.id === EDITED_ID);
    block.text += EDIT;
  }
  const dir = join(DEPLOY_DIR, `content-${name}`);
  mkdirSync(join(dir, 'articles'), { recursive: true });
  writeFileSync(join(dir, 'articles', `${DEPLOY_SLUG}.json`), JSON.stringify(article, null, 2));
  return dir;
}

function build(name: 'a' | 'b'): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    cwd: join(import.meta.dirname, '../..'),
    stdio: 'inherit',
    env: {
      ...process.env,
      SAHIFA_SITE_URL: 'http://localhost:4182',
      SAHIFA_EXTRA_CONTENT: writeContent(name),
      SAHIFA_OUT_DIR: join(DEPLOY_DIR, name),
      SAHIFA_BUILD_SALT: `deploy-${name}`,
    },
  });
}

/** Makes `.deploy/live` a copy of deploy `name`, removing whatever was there. */
export function deploy(name: 'a' | 'b'): void {
  const live = join(DEPLOY_DIR, 'live');
  rmSync(live, { recursive: true, force: true });
  cpSync(join(DEPLOY_DIR, name), live, { recursive: true });
}

if (process.argv[1] === import.meta.filename) {
  rmSync(DEPLOY_DIR, { recursive: true, force: true });
  build('a');
  build('b');
  deploy('a');
}
