import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_DIR, readAllArticles } from './read-articles.ts';

const seed = readFileSync(join(CONTENT_DIR, 'articles/deir-ez-zor-recaptured.json'), 'utf8');

function folderWith(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sahifa-content-'));
  writeFileSync(join(dir, name), text);
  return dir;
}

test('an invalid article stops the build with the file, the JSON path and the reason', () => {
  const broken = JSON.parse(seed);
  broken.blocks[2].id = broken.blocks[0].id;
  const dir = folderWith('deir-ez-zor-recaptured.json', JSON.stringify(broken));
  expect(() => readAllArticles(dir)).toThrow(/deir-ez-zor-recaptured\.json: \$\.blocks\[2\]\.id: duplicate block id "p-r4kx"/);
});

test('a file that is not JSON is named with the parser reason', () => {
  const dir = folderWith('broken.json', '{ "slug": ');
  expect(() => readAllArticles(dir)).toThrow(/broken\.json: \$: not valid JSON/);
});

test('an article file must be named after its slug', () => {
  const dir = folderWith('other-name.json', seed);
  expect(() => readAllArticles(dir)).toThrow(/other-name\.json: \$\.slug: the file must be named deir-ez-zor-recaptured\.json/);
});
