import { expect, test } from 'vitest';
import { loadSeed } from '../../../../tests/fixtures/articles.ts';
import { buildSourceModel } from './source-model.ts';

const seed = loadSeed();
const model = buildSourceModel(seed);

test('the seed lists SANA, the military sources, the war media, the media sources and both tweet authors', () => {
  expect(model.entries.map((entry) => entry.source.name)).toEqual([
    'وكالة سانا السورية الرسمية للأنباء',
    'مصادر عسكرية',
    'الإعلام الحربي التابع للنظام السوري',
    'مصادر إعلامية متطابقة',
    'ريما',
    'Mourad*',
  ]);
});

test('SANA is cited twice in paragraph 2, in reading order', () => {
  const sana = model.entries.find((entry) => entry.source.id === 'sana');
  expect(sana?.places.map((place) => place.type === 'citation' && place.citationId)).toEqual(['sana-liberated', 'sana-hamidiya']);
  expect(new Set(sana?.places.map((place) => place.blockId))).toEqual(new Set(['p-m2vd']));
  // Each place carries its words: the stepper says them as it reaches the place.
  expect(sana?.places.map((place) => place.text)).toEqual(['وكالة سانا السورية الرسمية للأنباء أشارت إلى أنّ الجيش وما يسمى بالقوات الرديفة حرروا دير الزور بالكامل', 'أفادت الوكالة باستعادة حي الحميدية']);
});

test('each quoted span is resolved to the words that carry the attribution', () => {
  const paragraph = seed.blocks.find((block) => block.id === 'p-m2vd');
  const spans = model.citationsByParagraph.get('p-m2vd') ?? [];
  const text = paragraph?.type === 'paragraph' ? paragraph.text : '';
  expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
    'وكالة سانا السورية الرسمية للأنباء أشارت إلى أنّ الجيش وما يسمى بالقوات الرديفة حرروا دير الزور بالكامل',
    'أفادت الوكالة باستعادة حي الحميدية',
  ]);
});

test('tweet authors are cited by their tweets', () => {
  const reema = model.entries.find((entry) => entry.source.id === 'reema-rashid');
  expect(reema?.places).toMatchObject([{ type: 'tweet', blockId: 't-j5wc', elementId: 't-j5wc' }]);
  // Its words as a place: without its picture's link.
  expect(reema?.places[0]?.text).toMatch(/^نبارك للأخوة في #سوريا/);
  expect(reema?.places[0]?.text).not.toMatch(/pic\.twitter\.com/);
});

test('the summary counts paragraphs without attribution and claims on unnamed sources', () => {
  expect(model.summary).toEqual({ paragraphs: 8, paragraphsWithoutAttribution: 4, claims: 7, claimsOnUnnamedSources: 2 });
  expect(model.entries.filter((entry) => entry.unnamed).map((entry) => entry.source.id)).toEqual(['military-sources', 'matching-media-sources']);
});

test('each tweet author is known by their handle too', () => {
  expect(model.entries.find((entry) => entry.source.id === 'mourad-almelden')?.handles).toEqual(['Almelden2017']);
  expect(model.entries.find((entry) => entry.source.id === 'sana')?.handles).toEqual([]);
});

test('the citations are numbered in reading order, each with its quote and source, for endnotes', () => {
  expect(model.endnotes.map((note) => [note.number, note.citationId, note.sourceId])).toEqual([
    [1, 'sana-liberated', 'sana'],
    [2, 'sana-hamidiya', 'sana'],
    [3, 'military-casualties', 'military-sources'],
    [4, 'war-media-districts', 'war-media'],
    [5, 'media-dead', 'matching-media-sources'],
  ]);
  expect(model.endnotes[1]?.quote).toBe('أفادت الوكالة باستعادة حي الحميدية');
});

test('a description date shared by every source is said once', () => {
  expect(model.commonAsOf).toBe('2017-11-03');
  const mixed = buildSourceModel({ ...seed, sources: seed.sources.map((source, index) => (index === 0 ? { ...source, affiliation: { ...source.affiliation, asOf: '2020-01-01' } } : source)) });
  expect(mixed.commonAsOf).toBeNull();
});
