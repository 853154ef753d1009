/**
 * npm run -s ingest -- <raw.txt> [--slug <slug>] [--out <file.json>] [--merge <existing.json>] [--force]
 * Prints (or writes) a draft article JSON from raw scraped text, validated by the content schema.
 * Notes for the editor go to stderr, each naming the file and line. Bad input exits non-zero and
 * writes nothing. (`-s`: without it npm prints its own banner on stdout, before the JSON.)
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, existsSync, fstatSync, openSync, readSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/content/validate-article.ts';
import { IngestError, ingestArticle } from '../src/ingest/ingest-article.ts';

const USAGE = 'usage: npm run -s ingest -- <raw.txt> [--slug <slug>] [--out <file.json>] [--merge <existing.json>] [--force]';

/** The largest raw file read: well above any article the schema accepts (5,000 blocks of text). */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

class UsageError extends Error {}

type Options = { file: string; slug?: string; out?: string; merge?: string; force: boolean };

function parseArgs(argv: readonly string[]): Options {
  const options: Partial<Options> & { force: boolean } = { force: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--slug' || arg === '--out' || arg === '--merge') {
      const value = argv[i + 1];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      if (arg === '--slug') options.slug = value;
      else if (arg === '--out') options.out = value;
      else options.merge = value;
      i += 1;
    } else if (arg === '--force') {
      options.force = true;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (options.file === undefined) {
      options.file = arg;
    } else {
      throw new UsageError(`one raw file at a time (got ${options.file} and ${arg})`);
    }
  }
  if (!options.file) throw new UsageError('which raw file?');
  return { ...options, file: options.file };
}

function decodeText(bytes: Buffer): string {
  const decode = (encoding: string, from: number) => {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(from));
    } catch {
      throw new IngestError(`is not valid ${encoding.toUpperCase()} text`);
    }
  };
  // A byte-order mark says which UTF it is.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', 2);
  if (bytes.includes(0)) {
    // UTF-16 text has its zero bytes on one side only (the high byte of ASCII characters).
    let even = 0;
    let odd = 0;
    bytes.forEach((byte, index) => {
      if (byte !== 0) return;
      if (index % 2 === 0) even += 1;
      else odd += 1;
    });
    if ((even === 0) !== (odd === 0) && bytes.length % 2 === 0) throw new IngestError('looks like UTF-16 without a byte-order mark: save it as UTF-8 (or as UTF-16 with one)');
    throw new IngestError('is a binary file, not text');
  }
  if (!isUtf8(bytes)) throw new IngestError(`line ${firstLineNotUtf8(bytes)}: is not valid UTF-8 text (another encoding, such as Windows-1256, or a file cut short): save it as UTF-8`);
  return decode('utf-8', 0);
}

/** The line (from 1) of the first bytes that are no UTF-8: a line feed is never inside a character. */
function firstLineNotUtf8(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(0x0a, start);
    if (!isUtf8(bytes.subarray(start, end < 0 ? bytes.length : end)) || end < 0) return line;
    line += 1;
    start = end + 1;
  }
}

/** Reads a file as text (UTF-8, or UTF-16 with a byte-order mark), refusing what is not text or too large. */
export function readRawText(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT') throw new IngestError('no such file');
    if (code === 'EACCES' || code === 'EPERM') throw new IngestError('cannot be read (permission denied)');
    throw new IngestError(`cannot be read (${code || String(error)})`);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new IngestError('is a folder, not a file');
    if (stats.size === 0) throw new IngestError('is empty');
    if (stats.size > MAX_INPUT_BYTES) {
      throw new IngestError(`is ${(stats.size / 1024 / 1024).toFixed(1)} MB; an article's raw text is at most ${MAX_INPUT_BYTES / 1024 / 1024} MB: split it into several articles`);
    }
    const bytes = Buffer.alloc(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(fd, bytes, read, bytes.length - read, read);
      if (count === 0) break;
      read += count;
    }
    const text = decodeText(bytes.subarray(0, read));
    if (text.trim() === '') throw new IngestError('has no text, only white space');
    return text;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EISDIR') throw new IngestError('is a folder, not a file');
    throw error;
  } finally {
    closeSync(fd);
  }
}

function slugFrom(file: string): string {
  const slug = basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'article';
}

/** «file:12: message», or «file: message» for a note about the whole text. */
function located(file: string, message: string): string {
  const found = /^line (\d+): ([\s\S]*)$/.exec(message);
  return found ? `${file}:${found[1]}: ${found[2]}` : `${file}: ${message}`;
}

/** Where the command writes: the JSON, and the messages for the editor. */
export type Output = { readonly json: (text: string) => void; readonly message: (line: string) => void };

const processOutput: Output = { json: (text) => process.stdout.write(text), message: (line) => console.error(line) };

/** The command: its exit code (0 done, 1 bad input, 2 bad arguments). */
export function main(argv: readonly string[], output: Output = processOutput): number {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    output.message(`ingest: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  try {
    // An article's JSON holds an editor's work (sources confirmed, ids shared in links): it is
    // replaced only by merging into it, or on purpose.
    if (options.out && existsSync(options.out) && !options.force && !(options.merge && resolve(options.merge) === resolve(options.out))) {
      throw new IngestError(`${options.out} exists: re-ingest into it with --merge ${options.out}, or pass --force to replace it`);
    }
    const raw = readRawText(options.file);
    let existing;
    if (options.merge) {
      const merge = options.merge;
      let json: unknown;
      try {
        json = JSON.parse(readRawText(merge));
      } catch (error) {
        throw new IngestError(`${merge}: ${error instanceof IngestError ? error.message : 'is not valid JSON'}`);
      }
      existing = parseArticle(json, merge);
    }
    const slug = options.slug ?? existing?.slug ?? slugFrom(options.file);
    const { article, notes } = ingestArticle(raw, { slug, rawName: basename(options.file), existing, force: options.force });
    const json = `${JSON.stringify(article, null, 2)}\n`;
    if (options.out) writeFileSync(options.out, json);
    else output.json(json);
    for (const note of notes) output.message(`ingest: note: ${note.line === null ? options.file : `${options.file}:${note.line}`}: ${note.message}`);
    return 0;
  } catch (error) {
    output.message(`ingest: ${located(options.file, error instanceof Error ? error.message : String(error))}`);
    return 1;
  }
}

// Run as a script, whatever the path looks like (spaces, non-ASCII names, symlinks): compare real paths.
const invoked = process.argv[1];
if (invoked !== undefined && realpathSync(invoked) === realpathSync(fileURLToPath(import.meta.url))) process.exitCode = main(process.argv.slice(2));
