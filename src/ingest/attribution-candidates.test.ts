import { expect, test } from 'vitest';
import { loadSeed } from '../../tests/fixtures/articles.ts';
import { findAttributionCandidates, guessSourceKind } from './attribution-candidates.ts';

const paragraph = (id: string) => {
  const block = loadSeed().blocks.find((candidate) => candidate.id === id);
  return block?.type === 'paragraph' ? block.text : '';
};

/** The names proposed for a text. */
const names = (text: string) => findAttributionCandidates(text).map((candidate) => candidate.name);

test('the seed paragraph 2 gives SANA (subject before the verb) and «the agency»', () => {
  const found = findAttributionCandidates(paragraph('p-m2vd'));
  expect(found.map((candidate) => candidate.name)).toEqual(['وكالة سانا السورية الرسمية للأنباء', 'الوكالة']);
  expect(found[0]?.kind).toBe('news-agency');
  expect(paragraph('p-m2vd')).toContain(found[1]!.quote);
});

test('unnamed military and media sources are named and classed as unnamed', () => {
  expect(findAttributionCandidates(paragraph('p-q8tn'))).toMatchObject([{ name: 'مصادر عسكرية', kind: 'unnamed-military' }]);
  expect(findAttributionCandidates(paragraph('p-c7fy'))).toMatchObject([{ name: 'مصادر إعلامية متطابقة', kind: 'unnamed-media' }]);
});

test('the war media of paragraph 4 is found after «أكد»', () => {
  expect(findAttributionCandidates(paragraph('p-h3zb'))[0]?.name).toBe('الإعلام الحربي التابع للنظام السوري');
});

test('«according to» phrases count too', () => {
  expect(findAttributionCandidates('قتل عشرة أشخاص بحسب المرصد السوري لحقوق الإنسان.')[0]?.name).toBe('المرصد السوري لحقوق الإنسان');
  expect(findAttributionCandidates('وفقاً لوزارة الدفاع، انتهت العملية.')[0]?.name).toBe('وزارة الدفاع');
});

test('a name that begins with ل keeps it; «لـ» written apart and a quotation name no one', () => {
  expect(names('وقالت لجنة التحقيق إن الأدلة غير كافية.')).toEqual(['لجنة التحقيق']);
  expect(names('قال ليث الحسن إن المدينة هادئة.')).toEqual(['ليث الحسن']);
  expect(names('فقال: «لا نعرف».')).toEqual([]);
  expect(names('قال لـ«صحيفة» إن الوضع هادئ.')).toEqual([]);
  expect(names('وأكد المتحدث لـ«صحيفة» أن الوضع هادئ.')).toEqual(['المتحدث']);
  // After «وفقاً لـ» the preposition is not the name's.
  expect(names('وفقاً للمرصد السوري، قتل عشرة.')).toEqual(['المرصد السوري']);
  expect(names('وفقاً لـ«رويترز»، انتهت العملية.')).toEqual(['رويترز']);
  expect(names('بحسب ليث الحسن، انتهت العملية.')).toEqual(['ليث الحسن']);
});

test('whom the speaker told is not part of the name; a name’s own ل-words are', () => {
  expect(names('قال لؤي حسين للصحفيين إن المدينة هادئة.')).toEqual(['لؤي حسين']);
  expect(names('وقال مسؤول أمريكي لوكالة رويترز إن العملية انتهت.')).toEqual(['مسؤول أمريكي']);
  expect(names('وأكد المتحدث لنا أن الطريق مفتوح.')).toEqual(['المتحدث']);
  expect(names('وقالت وكالة سانا السورية الرسمية للأنباء إن الجيش تقدم.')).toEqual(['وكالة سانا السورية الرسمية للأنباء']);
  expect(names('وذكر المرصد السوري لحقوق الإنسان أن عشرة قتلوا.')).toEqual(['المرصد السوري لحقوق الإنسان']);
});

test('a name ends before a relative clause, a means, a quotation; it goes on through «باسم»', () => {
  expect(names('وقالت وكالة رويترز التي نقلت الأرقام إن القتلى عشرة.')).toEqual(['وكالة رويترز']);
  expect(names('قال Elon Musk عبر حسابه إن الرابط سيتغير.')).toEqual(['Elon Musk']);
  expect(names('أكد الناطق الرسمي "لا تراجع عن المبادئ" في مؤتمر صحفي.')).toEqual(['الناطق الرسمي']);
  expect(names('وقال المتحدث باسم الوزارة إن الطريق مفتوح.')).toEqual(['المتحدث باسم الوزارة']);
  expect(names('وأضاف John O\'Brien أن الخبر منشور.')).toEqual(["John O'Brien"]);
});

test('«نقلاً عن» and «وفقاً لـ» written apart name who follows them', () => {
  expect(names('ارتفعت الأسعار نقلاً عن صحيفة «فايننشال تايمز».')).toEqual(['صحيفة فايننشال تايمز']);
  expect(names('انتهت العملية وفقاً لـ رويترز.')).toEqual(['رويترز']);
  expect(names('قتل عشرة نقلاً عن وكالة الأنباء الأردنية (بترا).')).toEqual(['وكالة الأنباء الأردنية']);
});

test('paragraphs in the article’s own voice give no candidate', () => {
  expect(findAttributionCandidates(paragraph('p-r4kx'))).toEqual([]);
  expect(findAttributionCandidates(paragraph('p-d5xm'))).toEqual([]);
});

test('kinds are guessed from the name', () => {
  expect(guessSourceKind('مصدر مسؤول')).toBe('unnamed-official');
  expect(guessSourceKind('رويترز')).toBe('unclassified');
});
