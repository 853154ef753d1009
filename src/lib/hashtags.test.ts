import { expect, test } from 'vitest';
import { extractHashtags, extractHashtagsWithIndices } from './hashtags.ts';

test('the first seed tweet gives its seven tags, the glued pair included', () => {
  const text = 'نبارك للأخوة في #سوريا الحبيبة بإستعادة #دير_الزور\nمن يد #الإرهاب\n#بالدير_محيناها#اسود_الديرالزور #ديرالزور_تنتصر #التغطية_مستمرة pic.twitter.com/TCT7kYPGYm';
  expect(extractHashtags(text)).toEqual(['سوريا', 'دير_الزور', 'الإرهاب', 'بالدير_محيناها', 'اسود_الديرالزور', 'ديرالزور_تنتصر', 'التغطية_مستمرة']);
});

test('a # glued to the end of a tag starts a new tag (our one deviation from twitter-text)', () => {
  expect(extractHashtags('#a#b#c')).toEqual(['a', 'b', 'c']);
  expect(extractHashtagsWithIndices('#ab#cd')).toEqual([
    { tag: 'ab', start: 0, end: 3 },
    { tag: 'cd', start: 3, end: 6 },
  ]);
});

test('a # right after a letter that is not a tag is still no tag', () => {
  expect(extractHashtags('كلمة#وسم')).toEqual([]);
});

test('harakat, Arabic-Indic digits and ZWNJ stay inside a tag', () => {
  expect(extractHashtags('#سُوريَا #عام_٢٠١٧ #می\u200cخواهم')).toEqual(['سُوريَا', 'عام_٢٠١٧', 'می\u200cخواهم']);
});

test('a tag of tatweel alone, digits alone or underscores alone is no tag', () => {
  expect(extractHashtags('#ـــ #١٢٣ #___ #ـ_ـ')).toEqual([]);
});

test('full-width ＃ counts, and a # inside a link is no tag', () => {
  expect(extractHashtags('＃وسم')).toEqual(['وسم']);
  expect(extractHashtags('https://example.com/#frag x.com/#frag')).toEqual([]);
});
