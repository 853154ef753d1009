/**
 * Writes .br and .gz copies of text files so a static server can send them compressed. Brotli's
 * highest quality (11) costs ~140 ms for a 60 KB page, where 10 costs ~50 ms for 1 % more bytes:
 * 11 for the shared code and styles (few files, fetched by every reader), 10 for pages, 5 for
 * the share pages (4 KB heads read by link previews). The files are compressed on the libuv
 * thread pool, several at a time, so an archive of thousands of pages uses every core.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|css|json|svg|txt|webmanifest|xml)$/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The Brotli quality for a file of the build (its path relative to the build's root). */
export function brotliQuality(path: string): number {
  if (/^(?:assets|pagefind)\//.test(path)) return 11;
  if (/^articles\/[^/]+\/p\//.test(path)) return 5;
  return 10;
}

function filesOf(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesOf(path, `${prefix}${name}/`);
    return COMPRESSIBLE.test(name) ? [`${prefix}${name}`] : [];
  });
}

export async function precompress(dir: string): Promise<number> {
  const files = filesOf(dir);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next];
      next += 1;
      if (file === undefined) break;
      const path = join(dir, file);
      const body = await readFile(path);
      const [br, gz] = await Promise.all([brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file) } }), gzipAsync(body, { level: 9 })]);
      await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  return files.length;
}
