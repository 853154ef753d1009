/**
 * Build-time only (Node): reads and validates every article under content/articles/.
 * The browser never runs this; it gets the validated data through the content Vite plugin.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, parseArticle } from './validate-article.ts';
import type { Article } from './schema.ts';

export const CONTENT_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../content');

/** Reads, parses and validates one article file; errors name the file. */
export function readArticleFile(file: string): Article {
  const name = relative(process.cwd(), file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(name, [{ path: '$', message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }]);
  }
  const article = parseArticle(json, name);
  const expectedName = `${article.slug}.json`;
  if (!file.endsWith(`/${expectedName}`)) {
    throw new ContentError(name, [{ path: '$.slug', message: `the file must be named ${expectedName}` }]);
  }
  return article;
}

/** Every article in `dir`, validated, sorted by slug. */
export function readAllArticles(dir = join(CONTENT_DIR, 'articles')): Article[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readArticleFile(join(dir, name)));
}
