/**
 * The cross-engine suite's fixtures: one browser (or, for WebKit, one driver on one display
 * and one MiniBrowser session) per worker, and a fresh page with empty storage per journey, at
 * the journey's size. A journey fails if the page logged an error, where the engine's client
 * hears the console.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { createSiteServer } from '../../scripts/lib/static-server.ts';
import { CHROMIUM_ARGS } from '../e2e/find-browser.ts';
import { findEngines, type EngineName } from './engines.ts';
import { openPlaywrightPage, openPuppeteerPage, WebKitDriver, type ReaderPage, type Size } from './reader-page.ts';

export type EngineOptions = { engine: EngineName };

type Opener = { open: (origin: string, size: Size) => Promise<ReaderPage> };

/** The built site on a server of the test's own, which the test can stop: the network gone. */
export type OwnSite = { readonly origin: string; readonly stop: () => Promise<void> };

export const test = base.extend<{ open: (size: Size, origin?: string) => Promise<ReaderPage>; ownSite: () => Promise<OwnSite> }, EngineOptions & { opener: Opener }>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  opener: [
    async ({ engine }, use) => {
      const engines = findEngines();
      if (engine === 'chromium') {
        const browser = await chromium.launch({ executablePath: engines.chromium, args: CHROMIUM_ARGS });
        await use({ open: (origin, size) => openPlaywrightPage(browser, origin, size) });
        await browser.close();
      } else if (engine === 'firefox') {
        if (!engines.firefox) throw new Error('No Firefox: apt-get install firefox-esr');
        const browser = await puppeteer.launch({ browser: 'firefox', executablePath: engines.firefox, headless: true });
        await use({ open: (origin, size) => openPuppeteerPage(browser, origin, size) });
        await browser.close();
      } else {
        if (!engines.webkit) throw new Error('No WebKit: apt-get install webkit2gtk-driver xvfb');
        const driver = await WebKitDriver.start(engines.webkit);
        await driver.warm();
        await use({ open: (origin, size) => driver.open(origin, size) });
        await driver.stop();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads what a fixture needs from this pattern: nothing here
  ownSite: async ({}, provide) => {
    const servers: Server[] = [];
    await provide(async () => {
      const server = createSiteServer({ root: resolve('dist') });
      servers.push(server);
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const address = server.address();
      if (typeof address !== 'object' || !address) throw new Error('no address');
      return {
        origin: `http://localhost:${address.port}`,
        stop: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      };
    });
    for (const server of servers) if (server.listening) server.close();
  },
  open: async ({ opener, baseURL }, provide) => {
    const pages: ReaderPage[] = [];
    await provide(async (size, origin = baseURL ?? '') => {
      const page = await opener.open(origin, size);
      pages.push(page);
      return page;
    });
    for (const page of pages) {
      const errors = page.errors();
      await page.close();
      expect(errors, `${page.engine}: console errors or uncaught exceptions`).toEqual([]);
    }
  },
});

/** Saves a screenshot for review (test-results/engines/screens/<engine>-<size>-<label>.png). */
export async function saveScreenshot(page: ReaderPage, size: Size, label: string): Promise<void> {
  const info = test.info();
  const directory = join(info.project.outputDir, 'screens');
  await mkdir(directory, { recursive: true });
  const path = join(directory, `${page.engine}-${size.name}-${label}.png`);
  await writeFile(path, await page.screenshot());
  await info.attach(`${page.engine}-${size.name}-${label}`, { path, contentType: 'image/png' });
}

export { expect };
