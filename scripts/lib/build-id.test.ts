import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { computeBuildId } from './build-id.ts';

let root = '';

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function project(): void {
  root = mkdtempSync(join(tmpdir(), 'sahifa-build-id-'));
  write('src/main.tsx', 'main');
  write('src/main.test.tsx', 'a test');
  write('index.html', '<html>');
  write('package-lock.json', '{}');
  write('vite.config.ts', 'config');
  write('scripts/vite/defer-app-scripts.ts', 'plugin');
  write('scripts/lib/fonts.ts', 'fonts');
  write('public/robots.txt', 'robots');
  write('content/articles/a.json', '{"slug":"a"}');
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

test('the build id changes with the client code and with the build plugins that rewrite it', () => {
  project();
  const first = computeBuildId(root, '');
  write('scripts/vite/defer-app-scripts.ts', 'plugin, changed');
  const afterPlugin = computeBuildId(root, '');
  write('scripts/lib/fonts.ts', 'fonts, changed');
  const afterFonts = computeBuildId(root, '');
  write('src/main.tsx', 'main, changed');
  expect(new Set([first, afterPlugin, afterFonts, computeBuildId(root, '')]).size).toBe(4);
});

test('a content-only change or a test keeps the build id, so open tabs need no reload', () => {
  project();
  const first = computeBuildId(root, '');
  write('content/articles/a.json', '{"slug":"a","edited":true}');
  write('src/main.test.tsx', 'another test');
  expect(computeBuildId(root, '')).toBe(first);
});
