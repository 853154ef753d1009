/**
 * One page of one engine, as the cross-engine journeys drive it. Playwright drives Chromium,
 * puppeteer-core drives Firefox over WebDriver BiDi, WebdriverIO's protocol client drives WebKit
 * over classic WebDriver; the journeys are written once against this small surface: real
 * navigation, real clicks and keys from the driver, and scripts run in the page for what the
 * reader would see. Waiting is always for a condition in the page (checked once a frame), never
 * for a length of time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Browser as PlaywrightBrowser, BrowserContext, Page as PlaywrightPage } from 'playwright-core';
import type { Browser as PuppeteerBrowser, BrowserContext as PuppeteerContext, Page as PuppeteerPage } from 'puppeteer-core';
import WebDriver, { type Client } from 'webdriver';
import type { EngineName } from './engines.ts';

export type Size = { readonly name: 'phone' | 'desktop'; readonly width: number; readonly height: number };
export const SIZES: readonly Size[] = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

/** A script run in the page: a function of one JSON-serialisable argument, awaited. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface ReaderPage {
  readonly engine: EngineName;
  /** Opens an address of the site (a path) and waits for its `load` event. */
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  back(): Promise<void>;
  /** The address bar: path, query and fragment. */
  location(): Promise<string>;
  /** A real click on the first element matching `selector`, scrolled into view by the driver. */
  click(selector: string): Promise<void>;
  press(key: 'Escape' | 'Tab'): Promise<void>;
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /**
   * Resolves once `predicate` is truthy in the page, checked on every animation frame, across
   * navigations; the test's own timeout bounds it.
   */
  waitFor<A>(predicate: PageFunction<A, unknown>, arg: A): Promise<void>;
  screenshot(): Promise<Buffer>;
  /** What the page reported as errors (console errors, uncaught exceptions), where the driver hears them. */
  errors(): readonly string[];
  close(): Promise<void>;
}

const nextFrame = () => new Promise<null>((resolve) => requestAnimationFrame(() => resolve(null)));

type Evaluate = <A, R>(fn: PageFunction<A, R>, arg: A) => Promise<R>;

/**
 * Asks the page once a frame until `predicate` (which may be async) holds. A navigation in
 * between ends a script with an error that `navigation` matches: the next document is asked.
 */
async function pollEachFrame<A>(evaluate: Evaluate, predicate: PageFunction<A, unknown>, arg: A, navigation: RegExp): Promise<void> {
  for (;;) {
    try {
      if (await evaluate(predicate, arg)) return;
      await evaluate(nextFrame, null);
    } catch (error) {
      if (!navigation.test(String(error))) throw error;
      // Let the client hear of the new document first.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
}

const pathOf = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
};

// --- Chromium (Playwright) and Firefox (puppeteer-core): two clients with one page model.

type EventPage = PlaywrightPage | PuppeteerPage;

function listen(page: EventPage, errors: string[]): void {
  const onConsole = (message: { type(): string; text(): string }) => {
    const type = message.type();
    if (type === 'error' || type === 'warning' || type === 'warn') errors.push(`${type}: ${message.text()}`);
  };
  const onError = (error: unknown) => errors.push(error instanceof Error ? error.message : String(error));
  // Both clients' pages are event emitters with these two events and the same payload shapes.
  (page as PlaywrightPage).on('console', onConsole);
  (page as PlaywrightPage).on('pageerror', onError);
}

export async function openPlaywrightPage(browser: PlaywrightBrowser, origin: string, size: Size): Promise<ReaderPage> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: size.width, height: size.height }, baseURL: origin, serviceWorkers: 'allow' });
  const page = await context.newPage();
  const errors: string[] = [];
  listen(page, errors);
  // Playwright's own types unbox handles in the argument; ours are plain JSON.
  const evaluate: Evaluate = <A, R>(fn: PageFunction<A, R>, arg: A) => page.evaluate(fn as unknown as PageFunction<unknown, R>, arg);
  return {
    engine: 'chromium',
    goto: async (path) => void (await page.goto(new URL(path, origin).href)),
    reload: async () => void (await page.reload()),
    back: async () => void (await page.goBack({ waitUntil: 'commit' })),
    location: async () => pathOf(page.url()),
    click: (selector) => page.locator(selector).first().click(),
    press: (key) => page.keyboard.press(key),
    evaluate,
    // Not waitForFunction: it takes a predicate's promise for a truthy answer.
    waitFor: (predicate, arg) => pollEachFrame(evaluate, predicate, arg, /context was destroyed|navigat/i),
    screenshot: () => page.screenshot(),
    errors: () => errors,
    close: () => context.close(),
  };
}

export async function openPuppeteerPage(browser: PuppeteerBrowser, origin: string, size: Size): Promise<ReaderPage> {
  const context: PuppeteerContext = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: size.width, height: size.height });
  const errors: string[] = [];
  listen(page, errors);
  return {
    engine: 'firefox',
    goto: async (path) => void (await page.goto(new URL(path, origin).href, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    // Same-document entries (a filter) fire no navigation the client could wait for.
    back: () => page.evaluate(() => history.back()),
    location: async () => pathOf(page.url()),
    click: async (selector) => {
      const element = await page.waitForSelector(selector);
      if (!element) throw new Error(`firefox: no ${selector}`);
      await element.click();
      await element.dispose();
    },
    press: (key) => page.keyboard.press(key),
    evaluate: <A, R>(fn: PageFunction<A, R>, arg: A) => page.evaluate(fn as unknown as PageFunction<unknown, R>, arg) as Promise<R>,
    // Its own waiting: a script of ours still running when Firefox ESR navigates closes the
    // BiDi connection; puppeteer's wait starts again in the new document.
    waitFor: async (predicate, arg) => void (await page.waitForFunction(predicate as PageFunction<unknown, unknown>, { polling: 'raf', timeout: 0 }, arg)),
    screenshot: async () => Buffer.from(await page.screenshot()),
    errors: () => errors,
    close: () => context.close(),
  };
}

// --- WebKit (WebKitWebDriver driving MiniBrowser, on a display of Xvfb's).

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const KEYS = { Escape: '\uE00C', Tab: '\uE004' } as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves with the first line `child` writes to `stream` that `pattern` matches. */
function lineFrom(child: ChildProcess, stream: 'stdout' | 'stderr' | 3, pattern: RegExp, what: string): Promise<RegExpExecArray> {
  const source = typeof stream === 'number' ? child.stdio[stream] : child[stream];
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (match) {
        source?.off('data', onData);
        resolve(match);
      }
    };
    source?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready: ${seen}`)));
  });
}

/** One Xvfb display, one WebKitWebDriver on it and one MiniBrowser session, for a worker; its journeys take turns. */
export class WebKitDriver {
  private constructor(
    private readonly xvfb: ChildProcess,
    private readonly driver: ChildProcess,
    readonly port: number,
    private readonly browser: string,
  ) {}

  static async start(paths: { driver: string; browser: string; xvfb: string }): Promise<WebKitDriver> {
    // Xvfb picks a free display and writes its number on fd 3 once it accepts clients.
    const xvfb = spawn(paths.xvfb, ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    const [, display] = await lineFrom(xvfb, 3, /(\d+)\n/, 'Xvfb');
    const port = await freePort();
    const driver = spawn(paths.driver, [`--port=${port}`, '--replace-on-new-session'], {
      env: { ...process.env, DISPLAY: `:${display}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const wk = new WebKitDriver(xvfb, driver, port, paths.browser);
    // The driver's last words, for a session it cannot start (MiniBrowser failing to launch).
    for (const stream of [driver.stdout, driver.stderr]) {
      stream?.on('data', (chunk: Buffer) => {
        wk.log = (wk.log + chunk.toString()).slice(-4000);
      });
    }
    await wk.ready();
    return wk;
  }

  /** The driver answers /status once it listens; before that a connection is refused. */
  private async ready(): Promise<void> {
    for (;;) {
      if (this.driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${this.driver.exitCode})`);
      try {
        const response = await fetch(`http://127.0.0.1:${this.port}/status`);
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private log = '';

  private newSession(): Promise<Client> {
    return WebDriver.newSession({
      hostname: '127.0.0.1',
      port: this.port,
      path: '/',
      logLevel: 'silent',
      connectionRetryCount: 0,
      // Full screen: the window has no toolbar, so its size is the viewport's.
      capabilities: { 'webkitgtk:browserOptions': { binary: this.browser, args: ['--automation', '--full-screen'] } } as WebdriverIO.Capabilities,
    });
  }

  private session: Client | null = null;

  /**
   * The worker's one MiniBrowser session, started once, before its first test: under load a
   * MiniBrowser can take most of a test's time to start, which is no part of what a journey checks.
   */
  async warm(): Promise<void> {
    this.session ??= await this.newSession().catch((error: unknown) => {
      const state = this.driver.exitCode === null && this.driver.signalCode === null ? 'running' : `exited (${this.driver.exitCode ?? this.driver.signalCode})`;
      throw new Error(`webkit: no session (${String(error)}); WebKitWebDriver ${state}; its log ends:\n${this.log.slice(-1500)}`);
    });
  }

  /**
   * A page for one journey, in the worker's session, with what an earlier journey left at
   * `origin` gone: its storage, its caches, its service worker and its cookies, as a new visitor.
   */
  async open(origin: string, size: Size): Promise<ReaderPage> {
    await this.warm();
    const client = this.session;
    if (!client) throw new Error('webkit: no session');
    await client.navigateTo(new URL('/robots.txt', origin).href);
    await client.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
      localStorage.clear();
      sessionStorage.clear();
      Promise.all([
        navigator.serviceWorker ? navigator.serviceWorker.getRegistrations().then((all) => Promise.all(all.map((r) => r.unregister()))) : null,
        self.caches ? caches.keys().then((keys) => Promise.all(keys.map((key) => caches.delete(key)))) : null,
      ]).then(() => done(true), (error) => done(String(error)));`,
      [],
    );
    await client.deleteAllCookies();
    // No script timeout of its own: the test's timeout bounds every wait.
    await client.setTimeouts(undefined, 60_000, 60_000);
    await client.setWindowRect(null, null, size.width, size.height);
    const find = async (selector: string) => {
      const found = (await client.findElement('css selector', selector)) as Record<string, string>;
      const id = found[ELEMENT];
      if (!id) throw new Error(`webkit: no ${selector}`);
      return id;
    };
    const evaluate = <A, R>(fn: PageFunction<A, R>, arg: A) => client.executeScript(`return (${fn.toString()}).apply(null, arguments)`, [arg as object]) as Promise<R>;
    return {
      engine: 'webkit',
      goto: (path) => client.navigateTo(new URL(path, origin).href),
      reload: () => client.refresh(),
      back: () => client.back(),
      location: async () => pathOf(await client.getUrl()),
      click: async (selector) => client.elementClick(await find(selector)),
      press: async (key) => {
        await client.performActions([{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: KEYS[key] }, { type: 'keyUp', value: KEYS[key] }] }]);
        await client.releaseActions();
      },
      evaluate,
      waitFor: (predicate, arg) => pollEachFrame(evaluate, predicate, arg, /JavaScript|frame|navigat|unload/i),
      screenshot: async () => Buffer.from(await client.takeScreenshot(), 'base64'),
      // Classic WebDriver hears nothing of the console; the journeys' own checks stand in.
      errors: () => [],
      // The session stays for the worker's next journey (open() clears what this one left).
      close: () => client.navigateTo('about:blank'),
    };
  }

  async stop(): Promise<void> {
    await this.session?.deleteSession().catch(() => undefined);
    for (const child of [this.driver, this.xvfb]) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

export type { PlaywrightBrowser, PuppeteerBrowser };
