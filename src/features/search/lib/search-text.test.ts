import { describe, expect, it } from 'vitest';
import { hashtagOfQuery, indexedText, isArticleAlone, matchRanges, queryTerms, withoutArticle } from './search-text.ts';

const marked = (text: string, query: string) => matchRanges(text, queryTerms(query)).map(({ start, end }) => text.slice(start, end));

describe('Arabic search words', () => {
  it('a word is indexed with and without its article', () => {
    expect(indexedText('قوات الجيش السوري')).toBe('قوات الجيش جيش السوري سوري');
    expect(indexedText('وبالدير للأخوة')).toBe('وبالدير دير للاخوه اخوه');
    expect(withoutArticle('ال')).toBe('ال');
    expect(withoutArticle('الى')).toBe('الى');
  });

  it('a word is indexed without its «و» too, when three letters are left; no other single letter is taken', () => {
    expect(indexedText('ودمرت أسلحتهم وعتادهم')).toBe('ودمرت دمرت اسلحتهم وعتادهم عتادهم');
    expect(indexedText('وإعادتها ومشفى ولد')).toBe('واعادتها اعادتها ومشفي مشفي ولد');
    expect(indexedText('بلد لبنان فيلم كتاب')).toBe('بلد لبنان فيلم كتاب');
    expect(marked('ودمرت أسلحتهم وعتادهم وصادرت', 'دمرت عتادهم صادرت')).toEqual(['ودمرت', 'وعتادهم', 'وصادرت']);
    // A query keeps its «و»: «وزير» is a word of its own, found with its article too, and no «زير…» is.
    expect(queryTerms('ودمرت')).toEqual(['ودمرت']);
    expect(marked('الوزير والوزير ووزير وزيره زيرو', 'وزير')).toEqual(['الوزير', 'والوزير', 'ووزير', 'وزيره']);
    expect(marked('وكالة الوكالة كالهم', 'وكالة')).toEqual(['وكالة', 'الوكالة']);
  });

  it('a query is read the same way: article, hamza, taa marbuta, harakat, tatweel, bidi controls', () => {
    expect(queryTerms('الجيش')).toEqual(['جيش']);
    expect(queryTerms('جيش')).toEqual(['جيش']);
    // «ال» alone is no word (it began 133 of the test site's records); «بال» («البال») is one.
    expect(queryTerms('ال')).toEqual([]);
    expect(queryTerms('أَل الجيش')).toEqual(['جيش']);
    expect(queryTerms('بال')).toEqual(['بال']);
    expect([isArticleAlone('ال'), isArticleAlone(' أَل  ال '), isArticleAlone('ال جيش'), isArticleAlone('و')]).toEqual([true, true, false, false]);
    expect(queryTerms('الإسلامي')).toEqual(queryTerms('الاسلامي'));
    expect(queryTerms('مدينة')).toEqual(queryTerms('مدينه'));
    expect(queryTerms('مَدِينَةٌ')).toEqual(queryTerms('مدينة'));
    expect(queryTerms('مـديـنة')).toEqual(queryTerms('مدينة'));
    expect(queryTerms('\u2067مدينة\u2069\u200f')).toEqual(queryTerms('مدينة'));
    expect(queryTerms('دير الزور دير')).toEqual(['دير', 'زور']);
  });

  it('a query of only punctuation, or of 2,000 characters, is handled', () => {
    expect(queryTerms('؟!... ،،')).toEqual([]);
    expect(queryTerms('')).toEqual([]);
    // A single letter would match nearly everything.
    expect(queryTerms('و ا')).toEqual([]);
    expect(queryTerms('و دير')).toEqual(['دير']);
    const long = 'كلمة '.repeat(400);
    expect(long.length).toBe(2000);
    expect(queryTerms(long)).toEqual(['كلمه']);
  });

  it('numbers are found as numbers: glued to a proclitic, with thousands separators, with a decimal point', () => {
    expect(indexedText('غرامة بـ15 مليون و20% لـ12 شهرًا')).toBe('غرامه ب15 15 مليون و20 20 ل12 12 شهرا');
    expect(marked('غرامة بـ15 مليون و20% لـ12 شهرًا', '15 20 12')).toEqual(['بـ15', 'و20', 'لـ12']);
    // Not a number: «بلد» keeps every letter, and a word of letters is found only as it was.
    expect(indexedText('ب بلد وب')).toBe('ب بلد وب');
    expect(indexedText('بلغ 1,500 و١٬٥٠٠ دولار')).toBe('بلغ 1500 و1500 1500 دولار');
    expect(queryTerms('1,500')).toEqual(['1500']);
    expect(marked('بلغ 1,500 دولار، و15 أخرى، و1500', '1500')).toEqual(['1,500', 'و1500']);
    // A comma before other than three digits is a decimal one: «3,5» is «3.5», not a thousand.
    expect(queryTerms('3,5')).toEqual(queryTerms('3.5'));
    expect(queryTerms('3,45')).toEqual(queryTerms('3.45'));
    // The index's decimal point is no letter a reader types: «3d» finds no «3.5».
    expect(marked('نما 3.5%', '3d')).toEqual([]);
    expect(indexedText('نما 3.5% و٣٫٥٪ و4.25')).toBe('نما 3\u01c05 و3\u01c05 3\u01c05 و4\u01c025 4\u01c025');
    expect(queryTerms('3.5')).toEqual(queryTerms('٣٫٥'));
    expect(marked('نما 3.5% و٣٫٥٪ و4.25 و35 و5', '3.5')).toEqual(['3.5', 'و٣٫٥']);
    // A sentence's full stop after a number is no decimal point.
    expect(queryTerms('عام 2017.')).toEqual(['عام', '2017']);
  });

  it('a query that is one hashtag gives the tag, as written', () => {
    expect(['#الارهاب', '＃سوريا', '#وسم_اختبار_12', 'سوريا', '#سوريا حلب', '#', '#a#b'].map(hashtagOfQuery)).toEqual(['الارهاب', 'سوريا', 'وسم_اختبار_12', null, null, null, null]);
  });

  it('marks the words a query matches, marks and tatweel included, at the original offsets', () => {
    expect(marked('استعادت قوات الجيش السوري السيطرة', 'جيش')).toEqual(['الجيش']);
    expect(marked('على مدينة دير الزور.', 'مدينه الزور')).toEqual(['مدينة', 'الزور']);
    expect(marked('مَدِينَةٌ، وبعدُ', 'مدينة')).toEqual(['مَدِينَةٌ']);
    expect(marked('من تنظيم الدولة الإسلامي', 'الاسلامي')).toEqual(['الإسلامي']);
    expect(marked('نص بلا تطابق', 'زور')).toEqual([]);
    expect(marked('😀 دير', 'دير')).toEqual(['دير']);
  });
});
