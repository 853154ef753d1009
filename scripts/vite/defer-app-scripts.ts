/**
 * The built pages do not fetch the app's scripts while they are loading: the module entry and
 * its modulepreloads become a JSON list that the boot script (src/boot/boot.ts) loads once the
 * page has painted. The text then never waits for, nor shares a slow connection with, some 90 KB
 * of JavaScript it does not need (the prerendered page is complete without it; decision 0007).
 */
import type { Plugin } from 'vite';
import { appScriptsHtml, type AppScripts } from '../../src/boot/app-scripts.ts';

const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g;
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;

/**
 * Moves a page's module script and modulepreloads into the JSON list, with `imports` (the
 * entry's static imports, as URLs) to preload too; returns the page.
 */
export function deferAppScripts(html: string, imports: readonly string[] = []): string {
  const modules = [...html.matchAll(MODULE_SCRIPT)].map((match) => match[1] ?? '');
  const [module, ...others] = modules;
  if (module === undefined || others.length > 0) throw new Error(`expected one module script in the page, found ${modules.length}`);
  const preload = [...new Set([...html.matchAll(MODULE_PRELOAD)].map((match) => match[1] ?? '').concat(imports))];
  const scripts: AppScripts = { module, preload };
  // Replaced by functions: the inserted text is never read as a replacement pattern.
  return html.replace(MODULE_PRELOAD, () => '').replace(MODULE_SCRIPT, () => `${appScriptsHtml(scripts)}\n`);
}

export function deferAppScriptsPlugin(): Plugin {
  return {
    name: 'sahifa:defer-app-scripts',
    apply: 'build',
    // Vite's own modulepreload is off (vite.config.ts: its run-time helper would weigh on the
    // first bundle for nothing): the entry chunk's static imports are the ones to preload.
    transformIndexHtml: {
      order: 'post',
      handler: (html, { chunk }) => deferAppScripts(html, (chunk?.imports ?? []).map((file) => `/${file}`)),
    },
  };
}
