/**
 * The build id of the app's code: a hash of everything that goes into the client bundle (not
 * the articles). Page data is stamped with it; a tab whose code is of another build reloads
 * onto the new one (src/app/deploy-recovery.ts). A content-only deploy keeps the id, so open
 * tabs keep working without a reload. SAHIFA_BUILD_SALT changes it without changing the code
 * (the deploy test builds the same code twice as two deploys).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The build's own plugins too: they rewrite the client's output (its scripts, its fonts).
const INPUTS = ['src', 'index.html', 'package-lock.json', 'vite.config.ts', 'scripts/vite', 'scripts/lib/fonts.ts', 'public'];

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (/\.test\.tsx?$/.test(name) ? [] : files(join(path, name))));
}

export function computeBuildId(root: string, salt = process.env.SAHIFA_BUILD_SALT ?? ''): string {
  const hash = createHash('sha256').update(salt);
  for (const input of INPUTS) {
    for (const file of files(join(root, input))) hash.update(relative(root, file)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}
