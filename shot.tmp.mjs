import { chromium } from 'playwright-core';
const [url, out, w, h] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto(url);
await page.waitForSelector('html[data-hydrated]');
await page.evaluate(() => document.fonts.ready);
await page.screenshot({ path: out });
await browser.close();
