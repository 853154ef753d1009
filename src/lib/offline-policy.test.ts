import { describe, expect, it } from 'vitest';
import { UNANSWERED_ATTRIBUTE, isFontFile, isKeptPath, isPageData, offlineFilesAt, offlineFilesOf, unansweredPage, withoutQuery } from './offline-policy.ts';

describe('what the offline worker keeps of a page', () => {
  it('an article is its page and its data, at the address the reader has open', () => {
    expect(offlineFilesOf({ kind: 'article', slug: 'a-b' }, '/articles/a-b')).toEqual(['/articles/a-b', '/data/articles/a-b.json']);
    expect(offlineFilesAt('/articles/a-b')).toEqual(['/articles/a-b', '/data/articles/a-b.json']);
    // A share page reads its article's data.
    expect(offlineFilesAt('/articles/a-b/p/p-x1')).toEqual(['/articles/a-b/p/p-x1', '/data/articles/a-b.json']);
    expect(offlineFilesAt('/page/2')).toEqual(['/page/2', '/data/list/2.json']);
  });

  it('an address no page can have keeps nothing', () => {
    for (const path of ['/nothing', '/articles/UPPER', '//x', '/page/1', '/%E0%A4%A']) expect(offlineFilesAt(path)).toEqual([]);
  });

  it('page data is JSON under /data/; a filter is the same page', () => {
    expect(isPageData('/data/articles/a.json')).toBe(true);
    expect(isPageData('/assets/a.js')).toBe(false);
    expect(isPageData('/data/x.png')).toBe(false);
    expect(isKeptPath('/articles/a-b')).toBe(true);
    expect(isKeptPath('/data/list/2.json')).toBe(true);
    expect(isKeptPath('/assets/index-x.js')).toBe(false);
    expect(isKeptPath('/share/x.png')).toBe(false);
    expect(withoutQuery('http://h/articles/a?tag=%D8%B3#p-1')).toBe('http://h/articles/a');
  });

  it('the font files are the hashed woff2 under /assets/, and no page is one', () => {
    expect(isFontFile('/assets/noto-naskh-arabic-400-D5-8vZor.woff2')).toBe(true);
    expect(isFontFile('/assets/index-x.js')).toBe(false);
    expect(isFontFile('/assets/sub/x.woff2')).toBe(false);
    expect(isFontFile('/articles/a.woff2')).toBe(false);
    expect(isKeptPath('/assets/noto-naskh-arabic-400-D5-8vZor.woff2')).toBe(false);
  });
});

describe('unansweredPage', () => {
  const page = '<!doctype html><html lang="ar" dir="rtl"><head><title>الصفحة غير موجودة — صحيفة</title></head><body><h1>الصفحة غير موجودة</h1></body></html>';

  it('marks the page and titles it, leaving the rest as it was', () => {
    const marked = unansweredPage(page, 'أنت غير متصل بالشبكة — صحيفة');
    expect(marked).toBe(page.replace('<html lang', `<html ${UNANSWERED_ATTRIBUTE} lang`).replace('<title>الصفحة غير موجودة — صحيفة</title>', '<title>أنت غير متصل بالشبكة — صحيفة</title>'));
  });

  it('writes the title literally, as text', () => {
    expect(unansweredPage(page, '$& <b> $1')).toContain('<title>$&#38; &#60;b&#62; $1</title>');
  });
});
