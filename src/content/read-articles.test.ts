import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_DIR, readAllArticles, readArticles } from './read-articles.ts';

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

test('a file that is not JSON is named with the parser reason and where it stopped', () => {
  const dir = folderWith('broken.json', '{\n  "slug": "a",\n  "x": 1 2\n}');
  expect(() => readAllArticles(dir)).toThrow(/broken\.json: \$: not valid JSON: .*line 3 column 10/);
});

test('every invalid file is reported, not only the first', () => {
  const dir = folderWith('broken.json', '{ "slug": ');
  writeFileSync(join(dir, 'other-name.json'), seed);
  const message = (() => {
    try {
      readAllArticles(dir);
      return '';
    } catch (error) {
      return error instanceof Error ? error.message : '';
    }
  })();
  expect(message).toMatch(/broken\.json: \$: not valid JSON/);
  expect(message).toMatch(/other-name\.json: \$\.slug: the file must be named/);
  expect(message).toMatch(/2 article files are invalid\./);
});

test('one slug in two content folders is refused, naming both files', () => {
  const copy = folderWith('deir-ez-zor-recaptured.json', seed);
  expect(() => readArticles([join(CONTENT_DIR, 'articles'), copy])).toThrow(/deir-ez-zor-recaptured\.json: \$\.slug: "deir-ez-zor-recaptured" is also the slug of content\/articles\/deir-ez-zor-recaptured\.json/);
});

test('an article file must be named after its slug', () => {
  const dir = folderWith('other-name.json', seed);
  expect(() => readAllArticles(dir)).toThrow(/other-name\.json: \$\.slug: the file must be named deir-ez-zor-recaptured\.json/);
});
