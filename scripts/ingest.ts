/**
 * npm run ingest -- <raw.txt> [--slug <slug>] [--out <file.json>] [--merge <existing.json>]
 * Prints (or writes) a draft article JSON from raw scraped text, validated by the content schema.
 * Notes for the editor go to stderr. Bad input exits non-zero and writes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArticle } from '../src/content/validate-article.ts';
import { IngestError, ingestArticle } from '../src/ingest/ingest-article.ts';

const USAGE = 'usage: npm run ingest -- <raw.txt> [--slug <slug>] [--out <file.json>] [--merge <existing.json>]';

class UsageError extends Error {}

function parseArgs(argv: readonly string[]) {
  const options: { file?: string; slug?: string; out?: string; merge?: string } = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--slug' || arg === '--out' || arg === '--merge') {
      const value = argv[i + 1];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      if (arg === '--slug') options.slug = value;
      else if (arg === '--out') options.out = value;
      else options.merge = value;
      i += 1;
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

/** Reads a file as text, refusing what is not UTF-8 text. */
export function readRawText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT') throw new IngestError('no such file');
    if (code === 'EISDIR') throw new IngestError('is a folder, not a file');
    if (code === 'EACCES' || code === 'EPERM') throw new IngestError('cannot be read (permission denied)');
    throw new IngestError(`cannot be read (${code || String(error)})`);
  }
  if (bytes.length === 0) throw new IngestError('is empty');
  if (bytes.includes(0)) throw new IngestError('is a binary file, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError('is not valid UTF-8 text');
  }
  if (text.trim() === '') throw new IngestError('has no text, only white space');
  return text;
}

function slugFrom(file: string): string {
  const slug = basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'article';
}

function main(argv: readonly string[]): number {
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    console.error(`ingest: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  try {
    const raw = readRawText(options.file);
    const existing = options.merge ? parseArticle(JSON.parse(readRawText(options.merge)), options.merge) : undefined;
    const slug = options.slug ?? existing?.slug ?? slugFrom(options.file);
    const { article, notes } = ingestArticle(raw, { slug, rawName: basename(options.file), existing });
    const json = `${JSON.stringify(article, null, 2)}\n`;
    if (options.out) writeFileSync(options.out, json);
    else process.stdout.write(json);
    for (const note of notes) console.error(`ingest: note: ${note}`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`ingest: ${options.file}: ${message}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
