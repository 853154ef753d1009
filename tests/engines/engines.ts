/**
 * The browser engines the cross-engine suite can drive on this machine, found from the system's
 * packages (Playwright cannot download its own WebKit or Firefox builds here, and its Firefox
 * support over WebDriver BiDi needs commands Firefox ESR does not have yet):
 *
 * - Firefox: Debian's `firefox-esr`, launched and driven over WebDriver BiDi by puppeteer-core.
 * - WebKit: WebKitGTK's MiniBrowser, driven by Debian's `WebKitWebDriver` (`webkit2gtk-driver`)
 *   over classic WebDriver, with WebdriverIO's protocol client (`webdriver`), on an Xvfb display.
 * - Chromium: the main suite's browser, by Playwright, as the reference the others are compared to.
 */
import { existsSync } from 'node:fs';
import { findChromium } from '../e2e/find-browser.ts';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const WEBKIT_DRIVER = ['/usr/bin/WebKitWebDriver'];
const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser'];
const XVFB = ['/usr/bin/Xvfb'];

const first = (paths: readonly string[]): string | undefined => paths.find((path) => existsSync(path));

export type Engines = {
  readonly chromium: string;
  readonly firefox?: string;
  readonly webkit?: { readonly driver: string; readonly browser: string; readonly xvfb: string };
};

export function findEngines(): Engines {
  const firefox = process.env.FIREFOX_PATH ?? first(FIREFOX);
  const driver = first(WEBKIT_DRIVER);
  const browser = process.env.MINIBROWSER_PATH ?? first(MINIBROWSER);
  const xvfb = first(XVFB);
  return {
    chromium: findChromium(),
    ...(firefox ? { firefox } : {}),
    ...(driver && browser && xvfb ? { webkit: { driver, browser, xvfb } } : {}),
  };
}

/** What is missing for the whole suite, in the words of a Debian package list. */
export function missingPackages(engines: Engines): string[] {
  return [...(engines.firefox ? [] : ['firefox-esr']), ...(engines.webkit ? [] : ['webkit2gtk-driver', 'xvfb'])];
}
