import { expect, test } from 'vitest';
import { blockDirection, detectDirection, findLtrRuns, withoutBidiControls } from './text-direction.ts';

test('a paragraph reads right to left however much Latin it quotes, left to right only with no Arabic letter at all', () => {
  expect(blockDirection('paragraph', 'قال المتحدث: The Syrian Arab Army has fully liberated Deir ez-Zor city today.')).toBe('rtl');
  expect(blockDirection('paragraph', 'Huge crowds at the border crossing tonight.')).toBe('ltr');
  expect(blockDirection('paragraph', '2017 — 31 / 12')).toBe('rtl');
});

test('a tweet reads by the most of its letters, as its card does', () => {
  expect(blockDirection('tweet', 'Deir ez-Zor is liberated, the army says. #سوريا')).toBe('ltr');
  expect(blockDirection('tweet', 'نبارك للأخوة في #سوريا')).toBe(detectDirection('نبارك للأخوة في #سوريا'));
});

test('a left-to-right run is isolated without the brackets around it, but never without the partner of one inside it', () => {
  const runs = (text: string) => findLtrRuns(text).map((run) => text.slice(run.start, run.end));
  expect(runs('قالت شبكة (CNN) إن')).toEqual(['CNN']);
  expect(runs('قالت شبكة CNN (Cable News Network) إن')).toEqual(['CNN (Cable News Network)']);
  expect(runs('وكالة Reuters (UK). ثم')).toEqual(['Reuters (UK)']);
  expect(runs('ارتفع S&P 500 (+1.2%) اليوم')).toEqual(['S&P 500 (+1.2%)']);
  expect(runs('نص (Network) CNN، ثم')).toEqual(['(Network) CNN']);
  expect(runs('وسوم <img src=x onerror=alert(1)> و')).toEqual(['<img src=x onerror=alert(1)>']);
  expect(runs('عدائية <script>alert(4)</script> تغريدة')).toEqual(['<script>alert(4)</script>']);
  expect(runs('قال «Breaking news» اليوم')).toEqual(['Breaking news']);
  expect(runs('قال He said "no". ثم')).toEqual(['He said "no"']);
  // A single quote closed inside the phrase stays with it; an apostrophe is no quote.
  expect(runs(`بعبارة "It's a 'done deal'" كما قال Tim Cook`)).toEqual(["It's a 'done deal'", 'Tim Cook']);
  expect(runs(`وقال It's ok' ثم rock 'n' roll هنا`)).toEqual(["It's ok", "rock 'n' roll"]);
  expect(runs('«3 novembre 2017»، ثم')).toEqual(['3 novembre 2017']);
  // Markup glued to an Arabic word is a run of its own, its angle brackets with it.
  expect(runs('نصًّا: و<a href="javascript:alert(2)">رابط</a> و<iframe src="https://evil.example"></iframe>.')).toEqual([
    '<a href="javascript:alert(2)">',
    '</a>',
    '<iframe src="https://evil.example"></iframe>',
  ]);
  expect(runs('و<!--app-html--> و&amp; و&#x27; و$<name> و<title>عنوان</title>')).toEqual(['<!--app-html-->', '&amp;', '&#x27;', '$<name>', '<title>', '</title>']);
  expect(runs('قناة الـCNN وشبكة BBCالعربية')).toEqual(['CNN', 'BBC']);
  // What leads an Arabic word («#» of a tag) is the Arabic word's, not the run's before it.
  expect(runs('تغريدة moc.elgoog #وسم_عادي ثم')).toEqual(['moc.elgoog']);
  expect(runs('قال CNN "نص" ثم')).toEqual(['CNN']);
  // What is glued to an Arabic word without a Latin letter reads with it.
  expect(runs('و$1 و$0، العربية، CNN')).toEqual(['CNN']);
  // A bracket whose partner is nowhere stays out, as before.
  expect(runs('قال (CNN اليوم')).toEqual(['CNN']);
});

test('a text loses its bidi controls and keeps its marks on the same letters', () => {
  const text = 'تغريدة \u202emoc.elgoog\u202c عن #وسم';
  const start = text.indexOf('#وسم');
  const clean = withoutBidiControls(text, [{ start, end: start + 4 }]);
  expect(clean.text).toBe('تغريدة moc.elgoog عن #وسم');
  expect(clean.ranges.map(({ start: from, end }) => clean.text.slice(from, end))).toEqual(['#وسم']);
  expect(withoutBidiControls('بلا تحكم', [{ start: 0, end: 3 }])).toEqual({ text: 'بلا تحكم', ranges: [{ start: 0, end: 3 }] });
});
