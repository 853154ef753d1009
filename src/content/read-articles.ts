/**
 * Build-time only (Node): reads and validates every article under content/articles/.
 * The browser never runs this; it gets the validated data through the content Vite plugin.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, parseArticle } from './validate-article.ts';
import type { Article } from './schema.ts';

export const CONTENT_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../content');

/** A file as an editor finds it: from the project when it is inside, else its full path. */
function shownPath(file: string): string {
  const inside = relative(process.cwd(), file);
  return inside.startsWith('..') || isAbsolute(inside) ? file : inside;
}

/** «at position 74» of the JSON parser, as a line and column an editor can go to. */
function jsonErrorAt(text: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(reason)?.[1];
  if (position === undefined || /\(line \d+ column \d+\)/.test(reason)) return reason;
  const before = text.slice(0, Number(position)).split('\n');
  return `${reason} (line ${before.length} column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/** Reads, parses and validates one article file; errors name the file. */
export function readArticleFile(file: string): Article {
  const name = shownPath(file);
  const text = readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ContentError(name, [{ path: '$', message: `not valid JSON: ${jsonErrorAt(text, error)}` }]);
  }
  const article = parseArticle(json, name);
  const expectedName = `${article.slug}.json`;
  if (!file.endsWith(`/${expectedName}`)) {
    throw new ContentError(name, [{ path: '$.slug', message: `the file must be named ${expectedName}` }]);
  }
  return article;
}

/** Every invalid article file of a read, each with its problems: an editor fixes them all in one go. */
export class ContentErrors extends Error {
  readonly errors: readonly ContentError[];
  constructor(errors: readonly ContentError[]) {
    super([...errors.map((error) => error.message), `${errors.length} article file${errors.length === 1 ? ' is' : 's are'} invalid.`].join('\n'));
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}

/**
 * Every article in the folders, validated, sorted by slug within each folder. Every invalid file
 * is reported, not only the first; a slug found twice (two folders) is refused, naming both files.
 */
export function readArticles(dirs: readonly string[]): Article[] {
  const articles: Article[] = [];
  const errors: ContentError[] = [];
  const fileBySlug = new Map<string, string>();
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.json')).sort()) {
      const file = join(dir, name);
      try {
        const article = readArticleFile(file);
        const first = fileBySlug.get(article.slug);
        if (first !== undefined) {
          errors.push(new ContentError(shownPath(file), [{ path: '$.slug', message: `"${article.slug}" is also the slug of ${shownPath(first)}: one address, one article` }]));
          continue;
        }
        fileBySlug.set(article.slug, file);
        articles.push(article);
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        errors.push(error);
      }
    }
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return articles;
}

/** Every article in `dir`, validated, sorted by slug. */
export function readAllArticles(dir = join(CONTENT_DIR, 'articles')): Article[] {
  return readArticles([dir]);
}
