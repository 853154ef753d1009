import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { brotliQuality, precompress } from './precompress.ts';

test('every text file gets .br and .gz copies that decompress to it; binaries are left alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sahifa-precompress-'));
  mkdirSync(join(dir, 'articles/a/p/p-x'), { recursive: true });
  const files = { 'index.html': '<p>نص عربي</p>'.repeat(50), 'articles/a/p/p-x/index.html': '<meta>', 'data.json': '{"a":1}' };
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  writeFileSync(join(dir, 'image.png'), Buffer.from([1, 2, 3]));
  expect(await precompress(dir)).toBe(3);
  for (const [name, body] of Object.entries(files)) {
    expect(brotliDecompressSync(readFileSync(join(dir, `${name}.br`))).toString()).toBe(body);
    expect(gunzipSync(readFileSync(join(dir, `${name}.gz`))).toString()).toBe(body);
  }
  expect(() => readFileSync(join(dir, 'image.png.br'))).toThrow();
});

test('the shared code gets the best compression, share pages a quick one', () => {
  expect(brotliQuality('assets/index-abc.js')).toBe(11);
  expect(brotliQuality('articles/a/index.html')).toBe(10);
  expect(brotliQuality('articles/a/p/p-x/index.html')).toBe(5);
});
