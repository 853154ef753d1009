import { expect, test } from 'vitest';
import { join } from 'node:path';
import { CONTENT_DIR } from '../../src/content/read-articles.ts';
import { articleDirs } from './content-dirs.ts';

test('extra content folders may be relative to the project or absolute, as the build and the font subset both read them', () => {
  expect(articleDirs('/repo', 'tests/fixtures/content:/tmp/editor/content:')).toEqual([join(CONTENT_DIR, 'articles'), '/repo/tests/fixtures/content/articles', '/tmp/editor/content/articles']);
  expect(articleDirs('/repo', '')).toEqual([join(CONTENT_DIR, 'articles')]);
});
