import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('a production build without SAHIFA_SITE_URL stops at once and says how to set it', () => {
  const env = { ...process.env };
  delete env.SAHIFA_SITE_URL;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: new URL('..', import.meta.url).pathname, env, encoding: 'utf8' });
  expect(run.status).not.toBe(0);
  expect(run.stderr).toContain('SAHIFA_SITE_URL is not set');
  expect(run.stderr).toContain('SAHIFA_SITE_URL=https://sahifa.example npm run build');
});
