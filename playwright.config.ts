import { defineConfig, devices } from '@playwright/test';
import type { Options } from './tests/e2e/fixtures.ts';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/find-browser.ts';

const PORT = Number(process.env.E2E_PORT ?? 4180);
const DEPLOY_PORT = PORT + 2;
const DEV_PORT = PORT + 3;
const BASE_URL = `http://localhost:${PORT}`;
// The tests run on `npm run build:test`: the site with the test articles (hostile, edited, long)
// added. The deploy test runs on a copy it redeploys under the running server
// (tests/deploy/build-deploys.ts).
const DEPLOY_TESTS = /\.deploy\.spec\.ts$/;
// And `npm run dev` on Vite's dev server.
const DEV_TESTS = /\.dev\.spec\.ts$/;

export default defineConfig<Options>({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: BASE_URL,
    // The offline worker's install downloads the site's shell in the background of every page:
    // only the tests of offline reading (which turn it on) need it.
    serviceWorkers: 'block',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: [DEPLOY_TESTS, DEV_TESTS],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
    {
      // The journeys tagged @mobile run a second time on a touch phone.
      name: 'mobile',
      grep: /@mobile/,
      testIgnore: [DEPLOY_TESTS, DEV_TESTS],
      use: { ...devices['Pixel 7'], browserName: 'chromium', viewport: { width: 390, height: 844 } },
    },
    {
      // One at a time: each test redeploys the site under the server. No service worker (as
      // everywhere but the offline tests): the deploy is met by the page itself (decision 0004).
      name: 'deploy',
      testMatch: DEPLOY_TESTS,
      fullyParallel: false,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, baseURL: `http://localhost:${DEPLOY_PORT}`, freshContext: true },
    },
    {
      name: 'dev',
      testMatch: DEV_TESTS,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, baseURL: `http://localhost:${DEV_PORT}`, freshContext: true },
    },
  ],
  webServer: [
    {
      command: `node --import tsx scripts/serve.ts --port ${PORT} --dir dist`,
      url: `${BASE_URL}/robots.txt`,
      reuseExistingServer: !process.env.CI,
      timeout: 20_000,
    },
    {
      command: `npx vite --port ${DEV_PORT} --strictPort`,
      url: `http://localhost:${DEV_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node --import tsx scripts/serve.ts --port ${DEPLOY_PORT} --dir .deploy/live`,
      url: `http://localhost:${DEPLOY_PORT}/robots.txt`,
      reuseExistingServer: !process.env.CI,
      timeout: 20_000,
    },
  ],
});
