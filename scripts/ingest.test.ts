import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkArticle } from '../src/content/validate-article.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const SEED_RAW = join(ROOT, 'content/raw/000_aa559fc9daf0de27.txt');
const SEED_JSON = join(ROOT, 'content/articles/deir-ez-zor-recaptured.json');

function ingest(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/ingest.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
}

const dir = mkdtempSync(join(tmpdir(), 'sahifa-ingest-'));

test('the seed raw text becomes a draft that passes the schema, on stdout', { timeout: 30_000 }, () => {
  const run = ingest(SEED_RAW, '--slug', 'seed-draft');
  expect(run.status).toBe(0);
  const draft = JSON.parse(run.stdout);
  expect(checkArticle(draft)).toMatchObject({ ok: true });
  expect(draft.slug).toBe('seed-draft');
  expect(run.stderr).toMatch(/proposed sources/);
});

test('--merge into the curated seed reproduces it, and --out writes the file', { timeout: 30_000 }, () => {
  const out = join(dir, 'out.json');
  const run = ingest(SEED_RAW, '--merge', SEED_JSON, '--out', out);
  expect(run.status).toBe(0);
  expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(readFileSync(SEED_JSON, 'utf8')));
});

test.each([
  ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
  ['a folder', () => dir, /is a folder/],
  ['an empty file', () => (writeFileSync(join(dir, 'empty.txt'), ''), join(dir, 'empty.txt')), /is empty/],
  ['white space only', () => (writeFileSync(join(dir, 'blank.txt'), ' \n\t\n'), join(dir, 'blank.txt')), /only white space/],
  ['a binary file', () => (writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), join(dir, 'bin.txt')), /binary/],
  ['invalid UTF-8', () => (writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])), join(dir, 'latin1.txt')), /not valid UTF-8/],
])('%s exits non-zero with a clear message and writes nothing', { timeout: 30_000 }, (_name, makeFile, message) => {
  const out = join(dir, `never-${Math.random()}.json`);
  const run = ingest(makeFile(), '--out', out);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(message);
  expect(run.stdout).toBe('');
  expect(existsSync(out)).toBe(false);
});

test('wrong arguments print the usage', { timeout: 30_000 }, () => {
  const run = ingest('--frobnicate');
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/usage: npm run ingest/);
});
