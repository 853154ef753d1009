import { expect, test } from 'vitest';
import { resolveQuote } from './text-quote.ts';

const text = 'أفادت الوكالة باستعادة الحي. ثم أفادت الوكالة باستعادة المدينة.';

test('a quote is found where it stands', () => {
  expect(resolveQuote(text, { exact: 'باستعادة المدينة' })).toEqual({ status: 'found', start: 46, end: 62 });
});

test('a quote moved by an edit before it is still found', () => {
  const edited = `تمهيد جديد أضافه المحرر. ${text}`;
  const found = resolveQuote(edited, { exact: 'باستعادة المدينة' });
  expect(found.status).toBe('found');
  if (found.status === 'found') expect(edited.slice(found.start, found.end)).toBe('باستعادة المدينة');
});

test('prefix and suffix pick the right one of several occurrences', () => {
  const second = resolveQuote(text, { exact: 'أفادت الوكالة', prefix: 'ثم ' });
  expect(second).toEqual({ status: 'found', start: 32, end: 45 });
  const first = resolveQuote(text, { exact: 'أفادت الوكالة', suffix: ' باستعادة الحي' });
  expect(first).toEqual({ status: 'found', start: 0, end: 13 });
});

test('a quote that appears twice without context is ambiguous', () => {
  expect(resolveQuote(text, { exact: 'أفادت الوكالة' })).toEqual({ status: 'ambiguous', count: 2 });
});

test('a quote removed by an edit is missing', () => {
  expect(resolveQuote(text, { exact: 'مصادر عسكرية' })).toEqual({ status: 'missing' });
  expect(resolveQuote(text, { exact: '' })).toEqual({ status: 'missing' });
});
