/**
 * twitter-text's own conformance data (../shared/conformance/twitter-text, Apache-2.0), read at
 * run time and never copied here. When the folder is absent the suite says so and skips.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parsePath, pathOf } from './addresses.ts';
import { extractHashtags, extractHashtagsWithIndices } from './hashtags.ts';

const DIR = new URL('../../../shared/conformance/twitter-text/', import.meta.url);
const present = existsSync(new URL('extract.yml', DIR));
if (!present) {
  console.warn(`\n!!! twitter-text conformance data not found at ${DIR.pathname}: the hashtag conformance suite is SKIPPED.\n`);
}

type Case<T> = { description: string; text: string; expected: T };
type Section<T> = readonly Case<T>[];

function load(file: string): Record<string, Section<unknown>> {
  const doc: unknown = parse(readFileSync(new URL(file, DIR), 'utf8'));
  if (typeof doc !== 'object' || doc === null || !('tests' in doc)) throw new Error(`${file} has no tests`);
  return doc.tests as Record<string, Section<unknown>>;
}

describe.runIf(present)('twitter-text conformance', () => {
  const extract = present ? load('extract.yml') : {};
  const validate = present ? load('validate.yml') : {};
  const cases = (section: string) => (extract[section] ?? []).map((c) => [c.description, c] as const);

  test('the data has every hashtag section', () => {
    expect(extract.hashtags?.length).toBe(65);
    expect(extract.hashtags_from_astral?.length).toBe(3);
    expect(extract.hashtags_with_indices?.length).toBe(8);
    expect(validate.hashtags?.length).toBe(7);
  });

  test.each(cases('hashtags'))('extract: %s', (_name, c) => {
    expect(extractHashtags(c.text)).toEqual(c.expected);
  });

  test.each(cases('hashtags_from_astral'))('extract from astral: %s', (_name, c) => {
    expect(extractHashtags(c.text)).toEqual(c.expected);
  });

  test.each(cases('hashtags_with_indices'))('extract with indices: %s', (_name, c) => {
    const found = extractHashtagsWithIndices(c.text).map((match) => ({ hashtag: match.tag, indices: [match.start, match.end] }));
    expect(found).toEqual(c.expected);
  });

  test('every tag found has a page of its own, at an address that names it', () => {
    const found = [...cases('hashtags'), ...cases('hashtags_from_astral')].flatMap(([, c]) => extractHashtags(c.text));
    expect(found).toContain('il·lusió');
    for (const label of found) {
      const path = pathOf({ kind: 'tag', label, page: 1 });
      expect(path === null ? null : parsePath(path), label).toEqual({ page: { kind: 'tag', label, page: 1 }, canonical: true });
    }
  });

  test.each((validate.hashtags ?? []).map((c) => [c.description, c] as const))('validate: %s', (_name, c) => {
    const tags = extractHashtagsWithIndices(c.text);
    const valid = tags.length === 1 && tags[0]?.start === 0 && tags[0].end === c.text.length;
    expect(valid).toBe(c.expected);
  });
});
