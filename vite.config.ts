/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { deferAppScriptsPlugin } from './scripts/vite/defer-app-scripts.ts';
import { devDataPlugin } from './scripts/vite/dev-data-plugin.ts';

// React Router 7's package exports name only its development build, warnings and all, even in a
// production build (remix-run/react-router#12532, #14102). Production builds (the client and the
// prerenderer alike, so both render the same) use the production build it ships beside it.
const routerBuild = (file: string) => fileURLToPath(new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url));
const productionRouter = [
  { find: /^react-router$/, replacement: routerBuild('index.mjs') },
  { find: /^react-router\/dom$/, replacement: routerBuild('dom-export.mjs') },
];

export default defineConfig(({ mode }) => ({
  resolve: { alias: mode === 'production' ? productionRouter : [] },
  // scripts/build.ts sets the build id (scripts/lib/build-id.ts); the page data carries the same.
  define: { 'import.meta.env.SAHIFA_BUILD_ID': JSON.stringify(process.env.SAHIFA_BUILD_ID ?? 'dev') },
  plugins: [react(), devDataPlugin((process.env.SAHIFA_EXTRA_CONTENT ?? '').split(':').filter(Boolean)), deferAppScriptsPlugin()],
  css: {
    // Short class names in production: they are shipped in every page and in the first script.
    modules: mode === 'production' ? { generateScopedName: '[hash:base64:6]' } : {},
  },
  build: {
    target: 'es2022',
    // Small assets stay files: the CSP allows no data: fonts and the budget counts files.
    assetsInlineLimit: 0,
    // One stylesheet: a lazily loaded component's prerendered HTML must be styled from the start.
    cssCodeSplit: false,
    // No modulepreload from Vite: the pages load the app after first paint and preload the
    // entry's imports themselves (scripts/vite/defer-app-scripts.ts); a lazy chunk's imports
    // (React, shared code) came with the entry. Without it the first bundle carries no preload
    // helper and no polyfill.
    modulePreload: false,
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
