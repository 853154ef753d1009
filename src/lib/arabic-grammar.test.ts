/**
 * Every counted phrase of the interface at 0, 1, 2, 3, 11 and 100 (issue #18): the noun follows
 * the number, the dual follows the case, and nothing reads «١ مقاطع» or «نحو دقيقتان».
 */
import { expect, test } from 'vitest';
import { countOf, nouns } from './arabic-grammar.ts';
import { articleText, hashtagText, sourcesText } from './ui-text.ts';

const COUNTS = [0, 1, 2, 3, 11, 100] as const;

const table: Record<string, { phrase: (count: number) => string; expected: readonly string[] }> = {
  'reading time (after نحو: genitive)': {
    phrase: (n) => articleText.readingTime(n, 'arab'),
    expected: ['وقت القراءة نحو لا دقائق', 'وقت القراءة نحو دقيقة واحدة', 'وقت القراءة نحو دقيقتين', 'وقت القراءة نحو ٣ دقائق', 'وقت القراءة نحو ١١ دقيقةً', 'وقت القراءة نحو ١٠٠ دقيقة'],
  },
  'reading rate': {
    phrase: (n) => articleText.readingRate(n, 'arab'),
    expected: [
      'بمعدل لا كلمات في الدقيقة للقارئ بالعربية',
      'بمعدل كلمة واحدة في الدقيقة للقارئ بالعربية',
      'بمعدل كلمتين في الدقيقة للقارئ بالعربية',
      'بمعدل ٣ كلمات في الدقيقة للقارئ بالعربية',
      'بمعدل ١١ كلمةً في الدقيقة للقارئ بالعربية',
      'بمعدل ١٠٠ كلمة في الدقيقة للقارئ بالعربية',
    ],
  },
  "a tag's count (for screen readers: nominative)": {
    phrase: (n) => hashtagText.hashtagCount(n, 'arab'),
    expected: ['لا مقاطع', 'مقطع واحد', 'مقطعان', '٣ مقاطع', '١١ مقطعًا', '١٠٠ مقطع'],
  },
  'the filter status (after من: genitive)': {
    phrase: (n) => hashtagText.filterShowing(1, n, 'سوريا', 'arab'),
    expected: [
      'يظهر ١ من لا مقاطع تحمل الوسم \u2068#سوريا\u2069 أو تذكره.',
      'يظهر ١ من مقطع واحد تحمل الوسم \u2068#سوريا\u2069 أو تذكره.',
      'يظهر ١ من مقطعين تحمل الوسم \u2068#سوريا\u2069 أو تذكره.',
      'يظهر ١ من ٣ مقاطع تحمل الوسم \u2068#سوريا\u2069 أو تذكره.',
      'يظهر ١ من ١١ مقطعًا تحمل الوسم \u2068#سوريا\u2069 أو تذكره.',
      'يظهر ١ من ١٠٠ مقطع تحمل الوسم \u2068#سوريا\u2069 أو تذكره.',
    ],
  },
  'claims of a source': {
    phrase: (n) => sourcesText.claims(n, 'arab'),
    expected: ['لا ادعاءات', 'ادعاء واحد', 'ادعاءان', '٣ ادعاءات', '١١ ادعاءً', '١٠٠ ادعاء'],
  },
  'paragraphs without attribution (after من: genitive)': {
    phrase: (n) => sourcesText.summaryUnattributed(1, n, 'arab'),
    expected: [
      '١ من لا فقرات بلا نسبة إلى أي مصدر: صوت المقال نفسه.',
      '١ من فقرة واحدة بلا نسبة إلى أي مصدر: صوت المقال نفسه.',
      '١ من فقرتين بلا نسبة إلى أي مصدر: صوت المقال نفسه.',
      '١ من ٣ فقرات بلا نسبة إلى أي مصدر: صوت المقال نفسه.',
      '١ من ١١ فقرةً بلا نسبة إلى أي مصدر: صوت المقال نفسه.',
      '١ من ١٠٠ فقرة بلا نسبة إلى أي مصدر: صوت المقال نفسه.',
    ],
  },
  'hidden blocks (subject after a verb: nominative)': {
    phrase: (n) => articleText.hiddenBlocks(n, 'arab'),
    expected: ['أُخفي هنا لا مقاطع', 'أُخفي هنا مقطع واحد', 'أُخفي هنا مقطعان', 'أُخفي هنا ٣ مقاطع', 'أُخفي هنا ١١ مقطعًا', 'أُخفي هنا ١٠٠ مقطع'],
  },
  'paragraph count': {
    phrase: (n) => countOf(n, nouns.paragraph, 'nominative', 'arab'),
    expected: ['لا فقرات', 'فقرة واحدة', 'فقرتان', '٣ فقرات', '١١ فقرةً', '١٠٠ فقرة'],
  },
};

test.each(Object.entries(table))('%s reads right at 0, 1, 2, 3, 11 and 100', (_name, { phrase, expected }) => {
  expect(COUNTS.map(phrase)).toEqual(expected);
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
  expect(countOf(2500, nouns.article, 'nominative', 'latn')).toBe('2,500 مقال');
  expect(countOf(12, nouns.tweet, 'nominative', 'arab')).toBe('١٢ تغريدةً');
});
