import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkArticle } from '../src/content/validate-article.ts';
import { main } from './ingest.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const SEED_RAW = join(ROOT, 'content/raw/000_aa559fc9daf0de27.txt');
const SEED_JSON = join(ROOT, 'content/articles/deir-ez-zor-recaptured.json');

/** The command, run in this process: its exit status and what it wrote. */
function ingest(...args: string[]) {
  let stdout = '';
  const messages: string[] = [];
  const status = main(args, { json: (text) => (stdout += text), message: (line) => messages.push(line) });
  return { status, stdout, stderr: messages.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'sahifa-ingest-'));

test('the seed raw text becomes a draft that passes the schema, on stdout', () => {
  const run = ingest(SEED_RAW, '--slug', 'seed-draft');
  expect(run.status).toBe(0);
  const draft = JSON.parse(run.stdout);
  expect(checkArticle(draft)).toMatchObject({ ok: true });
  expect(draft.slug).toBe('seed-draft');
  expect(run.stderr).toMatch(/proposed sources/);
});

test('--merge into the curated seed reproduces it, and --out writes the file', () => {
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
  ['invalid UTF-8', () => (writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])), join(dir, 'latin1.txt')), /latin1\.txt:1: is not valid UTF-8/],
  ['invalid UTF-8 on line 3', () => (writeFileSync(join(dir, 'cp1256.txt'), Buffer.concat([Buffer.from('سطر أول\r\nسطر ثان\n'), Buffer.from([0xc7, 0xe1, 0x0a])])), join(dir, 'cp1256.txt')), /cp1256\.txt:3: is not valid UTF-8/],
])('%s exits non-zero with a clear message and writes nothing', (_name, makeFile, message) => {
  const out = join(dir, `never-${Math.random()}.json`);
  const run = ingest(makeFile(), '--out', out);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(message);
  expect(run.stdout).toBe('');
  expect(existsSync(out)).toBe(false);
});

test('--out never replaces an article\'s JSON unless merging into it or with --force', () => {
  const out = join(dir, 'curated.json');
  writeFileSync(out, readFileSync(SEED_JSON, 'utf8'));
  const refused = ingest(SEED_RAW, '--slug', 'other', '--out', out);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/curated\.json exists: re-ingest into it with --merge .*curated\.json, or pass --force to replace it/);
  expect(readFileSync(out, 'utf8')).toBe(readFileSync(SEED_JSON, 'utf8'));
  expect(ingest(SEED_RAW, '--merge', out, '--out', out).status).toBe(0);
  expect(ingest(SEED_RAW, '--slug', 'other', '--out', out, '--force').status).toBe(0);
  expect(JSON.parse(readFileSync(out, 'utf8')).slug).toBe('other');
});

test('wrong arguments print the usage', () => {
  const run = ingest('--frobnicate');
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/usage: npm run -s ingest/);
});

test('it works from any path: spaces, non-ASCII names, a symbolic link', { timeout: 30_000 }, () => {
  const odd = join(dir, 'a folder with spaces', 'مجلد');
  mkdirSync(odd, { recursive: true });
  const link = join(odd, 'ingest.ts');
  symlinkSync(join(ROOT, 'scripts/ingest.ts'), link);
  const run = spawnSync(process.execPath, ['--import', 'tsx', link, SEED_RAW, '--slug', 'odd-path'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout).slug).toBe('odd-path');
});

test('UTF-16 with a byte-order mark is read as UTF-16; without one it is refused as such', () => {
  const text = readFileSync(SEED_RAW, 'utf8');
  const le = join(dir, 'utf16le.txt');
  writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const run = ingest(le, '--slug', 'utf16');
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout).blocks[0].text).toBe(text.split('\n')[0]);
  const bare = join(dir, 'utf16-bare.txt');
  writeFileSync(bare, Buffer.from(text, 'utf16le'));
  const refused = ingest(bare);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/utf16-bare\.txt: looks like UTF-16 without a byte-order mark/);
});

test('a raw text larger than any article is refused before it is read', () => {
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x61));
  const run = ingest(huge);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/huge\.txt: is 50\.0 MB; an article's raw text is at most 25 MB/);
});

test('notes and errors name the file and the line', () => {
  const raw = join(dir, 'notes.txt');
  writeFileSync(raw, `${readFileSync(SEED_RAW, 'utf8')}\nنص — علي (@a_handle_far_too_long) 3 novembre 2017\n`);
  const run = ingest(raw, '--slug', 'notes');
  expect(run.status).toBe(0);
  expect(run.stderr).toMatch(/ingest: note: .*notes\.txt:15: «\(@a_handle_far_too_long\)» reads like a tweet's signature/);
  const long = join(dir, 'long-line.txt');
  writeFileSync(long, `سطر\n${'ا'.repeat(30_000)}\n`);
  expect(ingest(long).stderr).toMatch(/long-line\.txt:2: a line of 30,000 characters/);
});

test('--merge with another article\'s JSON is refused unless --force', () => {
  const other = join(dir, 'other.txt');
  writeFileSync(other, readFileSync(SEED_RAW, 'utf8'));
  const run = ingest(other, '--slug', 'other', '--merge', SEED_JSON);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/another article's: its slug is «deir-ez-zor-recaptured», not «other»/);
  expect(run.stdout).toBe('');
  expect(ingest(other, '--slug', 'other', '--merge', SEED_JSON, '--force').status).toBe(0);
});

test('npm run -s ingest prints only the JSON on stdout', { timeout: 30_000 }, () => {
  const run = spawnSync('npm', ['run', '-s', 'ingest', '--', SEED_RAW, '--slug', 'quiet'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout).slug).toBe('quiet');
});
