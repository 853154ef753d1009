import { defineConfig } from '@playwright/test';
import { findEngines, missingPackages } from './tests/engines/engines.ts';
import type { EngineOptions } from './tests/engines/fixtures.ts';

/**
 * The cross-engine suite (issue #23): the reader's journeys and the font drawing check in
 * Firefox and WebKit, with Chromium as the reference, on the test build (`npm run build:test`).
 * An engine that is not installed is left out, and said so.
 */
const PORT = Number(process.env.E2E_ENGINES_PORT ?? 4186);
const engines = findEngines();
const missing = missingPackages(engines);
// CI installs them (.ci/run): there a missing engine is a failure, not a smaller suite.
if (missing.length > 0 && process.env.CI) throw new Error(`Cross-engine suite: not installed: ${missing.join(', ')}`);
if (missing.length > 0) console.warn(`Cross-engine suite: not installed here: ${missing.join(', ')} (apt-get install ${missing.join(' ')}).`);

export default defineConfig<EngineOptions>({
  testDir: 'tests/engines',
  outputDir: 'test-results/engines',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: { baseURL: `http://localhost:${PORT}` },
  projects: [
    // Chromium's journeys are the main suite's; here it draws the reference line, and its own
    // subset is checked against the full font.
    { name: 'chromium', use: { engine: 'chromium' }, testMatch: /rendering\.spec\.ts$/ },
    ...(engines.firefox ? [{ name: 'firefox', use: { engine: 'firefox' as const } }] : []),
    ...(engines.webkit ? [{ name: 'webkit', use: { engine: 'webkit' as const } }] : []),
  ],
  webServer: {
    command: `node --import tsx scripts/serve.ts --port ${PORT} --dir dist`,
    url: `http://localhost:${PORT}/robots.txt`,
    reuseExistingServer: !process.env.CI,
    timeout: 20_000,
  },
});
