import fc from 'fast-check';
import { expect, test } from 'vitest';
import { addressMeantBy } from './address-meant.ts';
import { dataPathOf, fileOf, parsePath, pathOf, resolveAddress, tagLabelPathOf, type PageRef } from './addresses.ts';

const PAGES: PageRef[] = [
  { kind: 'list', page: 1 },
  { kind: 'list', page: 7 },
  { kind: 'article', slug: 'deir-ez-zor-recaptured' },
  { kind: 'share', slug: 'deir-ez-zor-recaptured', blockId: 'p-h3zb' },
  { kind: 'tags', page: 1 },
  { kind: 'tags', page: 4 },
  { kind: 'tag', label: 'دير_الزور', page: 1 },
  { kind: 'tag', label: 'سوريا', page: 3 },
  { kind: 'search' },
];

test('every page has one canonical path, and that path names the page again', () => {
  for (const page of PAGES) {
    const path = pathOf(page);
    expect(path).not.toBeNull();
    expect(parsePath(path ?? '')).toEqual({ page, canonical: true });
  }
});

test('canonical paths have no trailing slash; the home page is /', () => {
  expect(PAGES.map(pathOf)).toEqual([
    '/',
    '/page/7',
    '/articles/deir-ez-zor-recaptured',
    '/articles/deir-ez-zor-recaptured/p/p-h3zb',
    '/tags',
    '/tags/page/4',
    `/tags/${encodeURIComponent('دير_الزور')}`,
    `/tags/${encodeURIComponent('سوريا')}/page/3`,
    '/search',
  ]);
});

test('the pages of the tags and the pages of a tag labelled «page» never share an address', () => {
  expect(parsePath('/tags/page/2')?.page).toEqual({ kind: 'tags', page: 2 });
  expect(parsePath('/tags/page')?.page).toEqual({ kind: 'tag', label: 'page', page: 1 });
  expect(parsePath('/tags/page/page/2')?.page).toEqual({ kind: 'tag', label: 'page', page: 2 });
  const files = [{ kind: 'tags', page: 2 }, { kind: 'tag', label: 'page', page: 1 }, { kind: 'tag', label: 'page', page: 2 }] as const;
  expect(new Set(files.map(fileOf)).size).toBe(3);
  expect(new Set(files.map(dataPathOf)).size).toBe(3);
  expect(dataPathOf({ kind: 'tags', page: 1 })).toBe('/data/tags.json');
});

test('the forms static hosts serve for a page file name the same page, not canonically', () => {
  const article: PageRef = { kind: 'article', slug: 'deir-ez-zor-recaptured' };
  for (const path of ['/articles/deir-ez-zor-recaptured/', '/articles/deir-ez-zor-recaptured/index.html', '/articles/deir-ez-zor-recaptured/index']) {
    expect(parsePath(path)).toEqual({ page: article, canonical: false });
  }
  for (const path of ['/index.html', '/index']) expect(parsePath(path)).toEqual({ page: { kind: 'list', page: 1 }, canonical: false });
  expect(parsePath('/articles/%64eir-ez-zor-recaptured')).toEqual({ page: article, canonical: false });
});

test('case variants, repeated slashes, page 1 and unknown forms are no page', () => {
  for (const path of [
    '/Articles/deir-ez-zor-recaptured',
    '/articles/Deir-ez-zor-recaptured',
    '/articles/deir-ez-zor-recaptured//',
    '//articles/deir-ez-zor-recaptured',
    '//',
    '/page/1',
    '/page/01',
    '/page/0',
    '/page/x',
    '/articles',
    '/articles/',
    '/articles/deir-ez-zor-recaptured/p',
    '/articles/deir-ez-zor-recaptured/p/main',
    '/articles/deir-ez-zor-recaptured/index.html/',
    '/tags/دير الزور',
    '/tags/%E0%A4%A',
    '/tags/a%2Fb',
    '/tags/x/page/1',
    '/tags/page/1',
    '/tags/page/01',
    '/tags/page/2/3',
    '/search/x',
    '/404',
    '/404.html',
    'articles/x',
    '',
  ]) {
    expect(parsePath(path), path).toBeNull();
  }
});

test('an address is the not-found page unless the site has the page it names', () => {
  const exists = (page: PageRef) => page.kind === 'article' && page.slug === 'deir-ez-zor-recaptured';
  expect(resolveAddress('/articles/deir-ez-zor-recaptured/', exists)).toEqual({ page: { kind: 'article', slug: 'deir-ez-zor-recaptured' }, canonical: false });
  expect(resolveAddress('/articles/no-such-article', exists)).toEqual({ page: { kind: 'not-found' }, canonical: false });
  expect(resolveAddress('/Articles/deir-ez-zor-recaptured', exists).page).toEqual({ kind: 'not-found' });
});

test('files and data sit where the address says', () => {
  expect(fileOf({ kind: 'list', page: 1 })).toBe('index.html');
  expect(fileOf({ kind: 'list', page: 2 })).toBe('page/2/index.html');
  expect(fileOf({ kind: 'article', slug: 'a-b' })).toBe('articles/a-b/index.html');
  expect(fileOf({ kind: 'tag', label: 'دير_الزور', page: 1 })).toBe('tags/دير_الزور/index.html');
  expect(fileOf({ kind: 'not-found' })).toBe('404.html');
  expect(dataPathOf({ kind: 'share', slug: 'a-b', blockId: 'p-x' })).toBe(dataPathOf({ kind: 'article', slug: 'a-b' }));
  expect(dataPathOf({ kind: 'not-found' })).toBeNull();
});

test('no path, however hostile, throws; whatever it names round-trips', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.webPath(), fc.constantFrom('/%', '/%FF', '/articles/%E0%A4%A', '/tags/%00')), (path) => {
      const parsed = parsePath(path);
      if (parsed) expect(parsePath(pathOf(parsed.page) ?? '')).toEqual({ page: parsed.page, canonical: true });
    }),
  );
});

test('an address with other letter case or doubled slashes names the page it meant, never a tag\'s', () => {
  const meant = (path: string) => addressMeantBy(path)?.path ?? null;
  expect(meant('/Articles/Deir-Ez-Zor-Recaptured')).toBe('/articles/deir-ez-zor-recaptured');
  expect(meant('//articles//deir-ez-zor-recaptured/')).toBe('/articles/deir-ez-zor-recaptured');
  expect(meant('/ARTICLES/X/P/P-R4KX')).toBe('/articles/x/p/p-r4kx');
  expect(meant('/Search')).toBe('/search');
  expect(meant('/TAGS/PAGE/2')).toBe('/tags/page/2');
  // Already as it should be, a tag (Syria and syria may be two tags), or nothing at all.
  expect(meant('/articles/deir-ez-zor-recaptured')).toBeNull();
  expect(meant('/tags/Syria')).toBeNull();
  expect(meant('/Tags/Syria')).toBe('/tags/Syria');
  expect(meant('/Nope/Nothing')).toBeNull();
  expect(meant('/ARTICLES/Bad_Slug!')).toBeNull();
  // Every answer is a canonical address.
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('/', 'A', 'a', 'R', 't', 'i', 'c', 'l', 'e', 's', '-', '1', 'P', 'S', '.', '،', '\u200f') }), (path) => {
      const answer = addressMeantBy(`/${path}`);
      return answer === null || parsePath(answer.path)?.canonical === true;
    }),
  );
});

test('a link pasted with what a message leaves after it names the page it meant', () => {
  for (const tail of ['.', '،', ')', '»', '%E2%80%8F', '%D8%8C', '...', '!?']) {
    expect(addressMeantBy(`/articles/deir-ez-zor-recaptured/p/p-r4kx${tail}`), tail).toEqual({ path: '/articles/deir-ez-zor-recaptured/p/p-r4kx', fragment: null, blockless: false });
    expect(addressMeantBy(`/articles/deir-ez-zor-recaptured${tail}`), tail).toEqual({ path: '/articles/deir-ez-zor-recaptured', fragment: null, blockless: false });
  }
});

test('a tag typed in another form than its page\'s asks the same file for its page\'s label', () => {
  const file = tagLabelPathOf('الإرهاب');
  for (const typed of ['الارهاب', '#الإرهاب', 'الإرهـاب', 'الإِرهاب']) expect(tagLabelPathOf(typed), typed).toBe(file);
  expect(tagLabelPathOf('دیر_الزور')).toBe(tagLabelPathOf('دير_الزور'));
  // The key's space is an underscore in the file's name.
  expect(decodeURIComponent(tagLabelPathOf('دير_الزور'))).toBe('/data/tag-labels/دير_الزور.json');
  expect(tagLabelPathOf('دير الزور')).toBe(tagLabelPathOf('دير_الزور'));
});

test('a link copied out of right-to-left text with a direction mark inside it names the page it meant', () => {
  expect(addressMeantBy('/articles/%E2%80%8Edeir-ez-zor-recaptured')).toEqual({ path: '/articles/deir-ez-zor-recaptured', fragment: null, blockless: false });
  for (const invisible of ['%E2%80%8B', '%EF%BB%BF', '%E2%81%A0']) {
    expect(addressMeantBy(`/articles/${invisible}deir-ez-zor-recaptured`), invisible).toEqual({ path: '/articles/deir-ez-zor-recaptured', fragment: null, blockless: false });
  }
  expect(addressMeantBy('/%E2%80%8Farticles/deir-ez-zor-recaptured/p/%E2%80%8Ep-r4kx')).toEqual({ path: '/articles/deir-ez-zor-recaptured/p/p-r4kx', fragment: null, blockless: false });
  const label = encodeURIComponent('دير_الزور');
  expect(addressMeantBy(`/tags/%E2%80%8F${label}`)).toEqual({ path: `/tags/${label}`, fragment: null, blockless: false });
  // A tag's own joiners are letters of it.
  expect(addressMeantBy(`/tags/${encodeURIComponent('می\u200cخواهم')}`)).toBeNull();
});

test('a tag\'s page typed with its «#» or with spaces for its underscores names that page, its letters as typed', () => {
  const label = encodeURIComponent('دير_الزور');
  expect(addressMeantBy(`/tags/${encodeURIComponent('#دير_الزور')}`)).toEqual({ path: `/tags/${label}`, fragment: null, blockless: false });
  expect(addressMeantBy(`/tags/${encodeURIComponent('دير الزور')}`)).toEqual({ path: `/tags/${label}`, fragment: null, blockless: false });
  expect(addressMeantBy(`/TAGS/${encodeURIComponent('＃دير الزور')}/PAGE/2`)).toEqual({ path: `/tags/${label}/page/2`, fragment: null, blockless: false });
  expect(addressMeantBy(`/tags/${label}`)).toBeNull();
  expect(addressMeantBy('/tags/page/2')).toBeNull();
});

test('a share link whose block id is no id names its article, what it asked for, and that it had no block', () => {
  expect(addressMeantBy('/articles/deir-ez-zor-recaptured/p/zzz')).toEqual({ path: '/articles/deir-ez-zor-recaptured', fragment: 'zzz', blockless: true });
  expect(addressMeantBy('/Articles/Deir-Ez-Zor-Recaptured/P/Main')).toEqual({ path: '/articles/deir-ez-zor-recaptured', fragment: 'main', blockless: true });
  expect(addressMeantBy('/articles/deir-ez-zor-recaptured/p')).toEqual({ path: '/articles/deir-ez-zor-recaptured', fragment: null, blockless: true });
  expect(addressMeantBy('/articles/deir-ez-zor-recaptured/p/')).toEqual({ path: '/articles/deir-ez-zor-recaptured', fragment: null, blockless: true });
  expect(addressMeantBy('/articles/Bad_Slug/p/zzz')).toBeNull();
  // Segments after a block's id are what a message or a site glued on.
  expect(addressMeantBy('/articles/deir-ez-zor-recaptured/p/p-r4kx/extra')).toEqual({ path: '/articles/deir-ez-zor-recaptured/p/p-r4kx', fragment: null, blockless: false });
  expect(addressMeantBy('/Articles/Deir-Ez-Zor-Recaptured/P/P-R4KX/amp/')).toEqual({ path: '/articles/deir-ez-zor-recaptured/p/p-r4kx', fragment: null, blockless: false });
  expect(addressMeantBy('/articles/deir-ez-zor-recaptured/p/zzz/extra')).toEqual({ path: '/articles/deir-ez-zor-recaptured', fragment: 'zzz/extra', blockless: true });
});
