/**
 * Every counted phrase of the interface at 0, 1, 2, 3, 11 and 100 (issue #18): the noun follows
 * the number (a no-break space between them), the dual follows the case, and nothing reads
 * «١ مقاطع» or «نحو دقيقتان».
 */
import { expect, test } from 'vitest';
import { countOf, nouns } from './arabic-grammar.ts';
import { articleText, hashtagText, sourcesText } from './ui-text.ts';

const COUNTS = [0, 1, 2, 3, 11, 100] as const;

const table: Record<string, { phrase: (count: number) => string; expected: readonly string[] }> = {
  'reading time (after نحو: genitive)': {
    phrase: (n) => articleText.readingTime(n, 'arab'),
    expected: ['وقت القراءة نحو لا دقائق', 'وقت القراءة نحو دقيقة واحدة', 'وقت القراءة نحو دقيقتين', 'وقت القراءة نحو ٣\u00a0دقائق', 'وقت القراءة نحو ١١\u00a0دقيقةً', 'وقت القراءة نحو ١٠٠\u00a0دقيقة'],
  },
  'reading rate': {
    phrase: (n) => articleText.readingRate(n, 'arab'),
    expected: [
      'بمعدل لا كلمات في الدقيقة للقارئ بالعربية',
      'بمعدل كلمة واحدة في الدقيقة للقارئ بالعربية',
      'بمعدل كلمتين في الدقيقة للقارئ بالعربية',
      'بمعدل ٣\u00a0كلمات في الدقيقة للقارئ بالعربية',
      'بمعدل ١١\u00a0كلمةً في الدقيقة للقارئ بالعربية',
      'بمعدل ١٠٠\u00a0كلمة في الدقيقة للقارئ بالعربية',
    ],
  },
  "a tag's count (for screen readers: nominative)": {
    phrase: (n) => hashtagText.hashtagCount(n, 'arab'),
    expected: ['لا مواضع', 'موضع واحد', 'موضعان', '٣\u00a0مواضع', '١١\u00a0موضعًا', '١٠٠\u00a0موضع'],
  },
  'the filter status (the part shown, of 100)': {
    phrase: (n) => hashtagText.filterShowing(n, 100, 'سوريا', 'arab'),
    expected: [
      'يظهر ما يحمل الوسم \u2068#سوريا\u2069 أو يذكره: لا مقاطع.',
      'يظهر ما يحمل الوسم \u2068#سوريا\u2069 أو يذكره: مقطع واحد\u00a0من\u00a0١٠٠.',
      'يظهر ما يحمل الوسم \u2068#سوريا\u2069 أو يذكره: مقطعان\u00a0من\u00a0١٠٠.',
      'يظهر ما يحمل الوسم \u2068#سوريا\u2069 أو يذكره: ٣\u00a0مقاطع\u00a0من\u00a0١٠٠.',
      'يظهر ما يحمل الوسم \u2068#سوريا\u2069 أو يذكره: ١١\u00a0مقطعًا\u00a0من\u00a0١٠٠.',
      'يظهر ما يحمل الوسم \u2068#سوريا\u2069 أو يذكره: المقاطع كلها.',
    ],
  },
  'claims of a source': {
    phrase: (n) => sourcesText.claims(n, 'arab'),
    expected: ['لا ادعاءات', 'ادعاء واحد', 'ادعاءان', '٣\u00a0ادعاءات', '١١\u00a0ادعاءً', '١٠٠\u00a0ادعاء'],
  },
  'paragraphs without attribution (of 100)': {
    phrase: (n) => sourcesText.summaryUnattributed(n, 100, 'arab'),
    expected: [
      'لا فقرة في المقال بلا نسبة إلى مصدر.',
      'فقرة واحدة\u00a0من\u00a0١٠٠ بلا نسبة إلى أي مصدر: صوت المقال نفسه.',
      'فقرتان\u00a0من\u00a0١٠٠ بلا نسبة إلى أي مصدر: صوت المقال نفسه.',
      '٣\u00a0فقرات\u00a0من\u00a0١٠٠ بلا نسبة إلى أي مصدر: صوت المقال نفسه.',
      '١١\u00a0فقرةً\u00a0من\u00a0١٠٠ بلا نسبة إلى أي مصدر: صوت المقال نفسه.',
      'الفقرات كلها بلا نسبة إلى أي مصدر: صوت المقال نفسه.',
    ],
  },
  'claims on unnamed sources (after وراء: genitive; of 100)': {
    phrase: (n) => sourcesText.summaryUnnamed(n, 100, 'arab'),
    expected: [
      'لا ادعاء في المقال يستند إلى مصدر لم يُذكر اسمه.',
      'مصادر لم يُذكر اسمها تقف وراء ادعاء واحد\u00a0من\u00a0١٠٠.',
      'مصادر لم يُذكر اسمها تقف وراء ادعاءين\u00a0من\u00a0١٠٠.',
      'مصادر لم يُذكر اسمها تقف وراء ٣\u00a0ادعاءات\u00a0من\u00a0١٠٠.',
      'مصادر لم يُذكر اسمها تقف وراء ١١\u00a0ادعاءً\u00a0من\u00a0١٠٠.',
      'مصادر لم يُذكر اسمها تقف وراء الادعاءات كلها.',
    ],
  },
  'hidden blocks (subject after a verb: nominative)': {
    phrase: (n) => articleText.hiddenBlocks(n, 'arab'),
    expected: ['أُخفي هنا لا مقاطع', 'أُخفي هنا مقطع واحد', 'أُخفي هنا مقطعان', 'أُخفي هنا ٣\u00a0مقاطع', 'أُخفي هنا ١١\u00a0مقطعًا', 'أُخفي هنا ١٠٠\u00a0مقطع'],
  },
  'paragraph count': {
    phrase: (n) => countOf(n, nouns.paragraph, 'nominative', 'arab'),
    expected: ['لا فقرات', 'فقرة واحدة', 'فقرتان', '٣\u00a0فقرات', '١١\u00a0فقرةً', '١٠٠\u00a0فقرة'],
  },
};

test.each(Object.entries(table))('%s reads right at 0, 1, 2, 3, 11 and 100', (_name, { phrase, expected }) => {
  expect(COUNTS.map(phrase)).toEqual(expected);
});

test('all of a whole of one or two reads as such, the dual by its case', () => {
  expect(hashtagText.filterShowing(1, 1, 'سوريا', 'arab')).toBe('يظهر ما يحمل الوسم \u2068#سوريا\u2069 أو يذكره: مقطع المقال الوحيد.');
  expect(hashtagText.filterShowing(2, 2, 'سوريا', 'arab')).toBe('يظهر ما يحمل الوسم \u2068#سوريا\u2069 أو يذكره: المقطعان كلاهما.');
  expect(sourcesText.summaryUnattributed(2, 2, 'arab')).toBe('الفقرتان كلتاهما بلا نسبة إلى أي مصدر: صوت المقال نفسه.');
  expect(sourcesText.summaryUnattributed(1, 1, 'latn')).toBe('فقرة المقال الوحيدة بلا نسبة إلى أي مصدر: صوت المقال نفسه.');
  expect(sourcesText.summaryUnnamed(2, 2, 'arab')).toBe('مصادر لم يُذكر اسمها تقف وراء الادعاءين كليهما.');
  expect(sourcesText.summaryUnnamed(1, 1, 'arab')).toBe('مصادر لم يُذكر اسمها تقف وراء ادعاء المقال الوحيد.');
});

test('every noun has its forms for every number, in both digit styles', () => {
  for (const noun of Object.values(nouns)) {
    for (const count of [...COUNTS, 101, 1000, 2500]) {
      for (const digits of ['arab', 'latn'] as const) {
        const phrase = countOf(count, noun, 'genitive', digits);
        expect(phrase.length).toBeGreaterThan(2);
        expect(phrase).not.toMatch(digits === 'arab' ? /[0-9]/ : /[٠-٩]/);
      }
    }
  }
  expect(countOf(2500, nouns.article, 'nominative', 'latn')).toBe('2,500\u00a0مقال');
  expect(countOf(12, nouns.tweet, 'nominative', 'arab')).toBe('١٢\u00a0تغريدةً');
});
