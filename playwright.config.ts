import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/find-browser.ts';

const PORT = Number(process.env.E2E_PORT ?? 4180);
const FIXTURES_PORT = PORT + 1;
const DEPLOY_PORT = PORT + 2;
const DEV_PORT = PORT + 3;
const BASE_URL = `http://localhost:${PORT}`;
// Journeys over the test articles (hostile, edited) run on a second build that includes them;
// the deploy test on a site it redeploys under the running server (tests/deploy/build-deploys.ts).
const FIXTURE_TESTS = /\.fixture-content\.spec\.ts$/;
const DEPLOY_TESTS = /\.deploy\.spec\.ts$/;
// And `npm run dev` on Vite's dev server.
const DEV_TESTS = /\.dev\.spec\.ts$/;

export default defineConfig({
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
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: [FIXTURE_TESTS, DEPLOY_TESTS, DEV_TESTS],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
    {
      // The journeys tagged @mobile run a second time on a touch phone.
      name: 'mobile',
      grep: /@mobile/,
      testIgnore: [FIXTURE_TESTS, DEPLOY_TESTS, DEV_TESTS],
      use: { ...devices['Pixel 7'], browserName: 'chromium', viewport: { width: 390, height: 844 } },
    },
    {
      name: 'fixture-content',
      testMatch: FIXTURE_TESTS,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, baseURL: `http://localhost:${FIXTURES_PORT}` },
    },
    {
      // One at a time: each test redeploys the site under the server. No service worker: the
      // deploy is met by the page itself (the worker's own update policy: decision 0004).
      name: 'deploy',
      testMatch: DEPLOY_TESTS,
      fullyParallel: false,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, baseURL: `http://localhost:${DEPLOY_PORT}`, serviceWorkers: 'block' },
    },
    {
      name: 'dev',
      testMatch: DEV_TESTS,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, baseURL: `http://localhost:${DEV_PORT}` },
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
      command: `node --import tsx scripts/serve.ts --port ${FIXTURES_PORT} --dir dist-fixtures`,
      url: `http://localhost:${FIXTURES_PORT}/robots.txt`,
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
