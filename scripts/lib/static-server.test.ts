/**
 * The local server serves what is on disk at each request (issue #16): a rebuild underneath is
 * served as it is now, with the right length and ETag, a deleted file is a 404 and never a
 * crash, and the address rule decides what each path is.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSiteServer } from './static-server.ts';

let root = '';
let base = '';
let close = () => {};

function put(path: string, content: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'sahifa-serve-'));
  put('index.html', '<h1>home</h1>');
  put('404.html', '<h1>not found</h1>');
  put('articles/a-b/index.html', '<h1>article</h1>');
  put('assets/app-1.js', 'console.log(1)');
  put('data/articles/a-b.json', '{"a":1}');
  const server = createSiteServer({ root });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});

afterAll(() => {
  close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });

test('pages by the address rule: canonical, trailing slash and index.html alike; anything else is 404', async () => {
  for (const path of ['/articles/a-b', '/articles/a-b/', '/articles/a-b/index.html']) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(await response.text()).toBe('<h1>article</h1>');
  }
  for (const path of ['/Articles/a-b', '/articles/a-b//', '/articles/zz', '/page/1', '/%FF', '/../../etc/passwd', '/assets/../../x.js', '//Search', '//articles/a-b', '//', '///']) {
    const response = await get(path);
    expect(response.status, path).toBe(404);
    expect(await response.text()).toBe('<h1>not found</h1>');
  }
});

test('a file replaced by a rebuild is served as it is now, length and ETag with it', async () => {
  const before = await get('/assets/app-1.js');
  const etag = before.headers.get('etag');
  expect(await before.text()).toBe('console.log(1)');
  put('assets/app-1.js', 'console.log("a longer file, after a rebuild")');
  const after = await get('/assets/app-1.js', { 'if-none-match': etag ?? '' });
  expect(after.status).toBe(200);
  expect(after.headers.get('content-length')).toBe(String('console.log("a longer file, after a rebuild")'.length));
  expect(after.headers.get('etag')).not.toBe(etag);
  expect(await after.text()).toBe('console.log("a longer file, after a rebuild")');
  expect((await get('/assets/app-1.js', { 'if-none-match': after.headers.get('etag') ?? '' })).status).toBe(304);
});

test('a file deleted underneath is a 404, and the server keeps serving', async () => {
  put('assets/gone-2.js', 'x');
  expect((await get('/assets/gone-2.js')).status).toBe(200);
  rmSync(join(root, 'assets/gone-2.js'));
  expect((await get('/assets/gone-2.js')).status).toBe(404);
  rmSync(join(root, 'articles/a-b/index.html'));
  expect((await get('/articles/a-b')).status).toBe(404);
  expect((await get('/')).status).toBe(200);
});

test('a precompressed copy is sent when accepted and present, never a stale one', async () => {
  writeFileSync(join(root, 'data/articles/a-b.json.br'), brotliCompressSync('{"a":1}'));
  const response = await get('/data/articles/a-b.json', { 'accept-encoding': 'br' });
  expect(response.headers.get('content-encoding')).toBe('br');
  expect(await response.json()).toEqual({ a: 1 });
  rmSync(join(root, 'data/articles/a-b.json.br'));
  const plain = await get('/data/articles/a-b.json', { 'accept-encoding': 'br' });
  expect(plain.headers.get('content-encoding')).toBeNull();
  expect(await plain.json()).toEqual({ a: 1 });
});

test('npm run serve stops with its server when npm is told to stop', async () => {
  const npm = spawn('npm', ['run', '--silent', 'serve', '--', '--port', '0', '--dir', root], { cwd: join(import.meta.dirname, '../..') });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    npm.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /http:\/\/localhost:(\d+)/.exec(out);
      if (found) resolve(`http://127.0.0.1:${found[1]}/`);
    });
    npm.on('exit', () => reject(new Error(`npm run serve exited early: ${out}`)));
  });
  expect((await fetch(url)).status).toBe(200);
  const exited = new Promise((resolve) => npm.on('exit', resolve));
  npm.kill('SIGTERM');
  await exited;
  await expect(fetch(url)).rejects.toThrow();
});
