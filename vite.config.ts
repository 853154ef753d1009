/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { articleDirs } from './scripts/lib/content-dirs.ts';
import { buildFonts } from './scripts/lib/fonts.ts';
import { deferAppScriptsPlugin } from './scripts/vite/defer-app-scripts.ts';
import { devDataPlugin } from './scripts/vite/dev-data-plugin.ts';
import { eagerCommonJsPlugin } from './scripts/vite/eager-commonjs.ts';
import { noPreloadHelperPlugin } from './scripts/vite/no-preload-helper.ts';

// React Router 7's package exports name only its development build, warnings and all, even in a
// production build (remix-run/react-router#12532, #14102). Production builds (the client and the
// prerenderer alike, so both render the same) use the production build it ships beside it.
const routerBuild = (file: string) => fileURLToPath(new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url));
const productionRouter = [
  { find: /^react-router$/, replacement: routerBuild('index.mjs') },
  { find: /^react-router\/dom$/, replacement: routerBuild('dom-export.mjs') },
];

/**
 * The site's fonts, subset to what its articles and interface use (scripts/lib/fonts.ts): the
 * stylesheet imports them as `sahifa-fonts.css`. Unit tests load no stylesheet.
 */
async function fontsAlias() {
  if (process.env.VITEST) return [];
  const css = await buildFonts(articleDirs(fileURLToPath(new URL('.', import.meta.url))), fileURLToPath(new URL('./node_modules/.cache/sahifa-fonts/', import.meta.url)));
  return [{ find: /^sahifa-fonts\.css$/, replacement: css }];
}

export default defineConfig(async ({ mode }) => ({
  resolve: { alias: [...(mode === 'production' ? productionRouter : []), ...(await fontsAlias())] },
  // scripts/build.ts sets the build id (scripts/lib/build-id.ts); the page data carries the same.
  define: { 'import.meta.env.SAHIFA_BUILD_ID': JSON.stringify(process.env.SAHIFA_BUILD_ID ?? 'dev') },
  plugins: [react(), devDataPlugin(), deferAppScriptsPlugin(), eagerCommonJsPlugin(), noPreloadHelperPlugin()],
  css: {
    // Short class names in production: they are shipped in every page and in the first script.
    modules: mode === 'production' ? { generateScopedName: '[hash:base64:4]' } : {},
  },
  build: {
    target: 'es2022',
    // Small assets stay files: the CSP allows no data: fonts and the budget counts files.
    assetsInlineLimit: 0,
    // One stylesheet: a lazily loaded component's prerendered HTML must be styled from the start.
    cssCodeSplit: false,
    // No modulepreload from Vite: the pages load the app after first paint and preload the
    // entry's imports themselves (scripts/vite/defer-app-scripts.ts); a lazy chunk's imports
    // (React, shared code) came with the entry. Without it the first bundle carries no polyfill,
    // and the preload helper Vite still wraps dynamic imports in has nothing to preload
    // (scripts/vite/no-preload-helper.ts keeps only its call).
    modulePreload: false,
    // Which chunk each lazy route became: the size budget counts it for its pages (check-budget.ts).
    manifest: true,
    rolldownOptions: {
      // React, react-dom and the router in one long-cached chunk; lazy feature chunks share it.
      output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] } },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    setupFiles: ['tests/setup/vitest-setup.ts'],
    restoreMocks: true,
    // Both cores (the default leaves one free).
    maxWorkers: 2,
  },
}));
