/**
 * The article written back in the flattened form scraped articles arrive in: one line per
 * paragraph, and each tweet as its text lines with «— Name (@handle) date» glued to the last.
 * Used to prove that curated JSON still carries every word of its raw source.
 */
import type { Article, Block } from './schema.ts';

export function blockToRawLines(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.text];
    case 'tweet':
      return `${block.text}— ${block.author.name} (@${block.author.handle})${block.date.original === '' ? '' : ` ${block.date.original}`}`.split('\n');
  }
}

/** The article's blocks as raw text lines, in order. */
export function articleToRawLines(article: Article): string[] {
  return article.blocks.flatMap(blockToRawLines);
}

/** The dashes a tweet's signature may start with (an en dash too: word processors turn «—» into «–»). */
export const SIGNATURE_DASHES = ['—', '–', '&mdash;', '--'] as const;
/** Any of them, spaced as the source had them. */
const SIGNATURE_DASH = new RegExp(`\\s*(?:${SIGNATURE_DASHES.join('|')})\\s*`, 'gu');

/**
 * Text as the comparison sees it: composed (NFC), without invisible format characters (direction
 * marks, zero-width joiners: no word is made of them, and ingest may leave one on either side of
 * a line's end or a tweet's signature), every run of whitespace (line ends and blank lines among
 * them) as one space, none at the ends, every dash a signature
 * may use as one «—» with no space before it, and one space each side of an «(@handle)». Ingest
 * keeps letters and the spaces between words; these are the differences it is allowed: blank
 * lines and a byte order mark go, a line with two tweets (or a tweet and the article's words
 * after it) becomes two blocks, a tweet's text ends where its signature's dash begins, and its
 * signature is written back as «— Name (@handle) date».
 */
function comparable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s*(?:\r\n|\n|\r)\s*/gu, ' ')
    .replace(SIGNATURE_DASH, '— ')
    .replace(/\s*(\(@\w+\))\s*/gu, ' $1 ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The words of a raw text, in order, as ingest reads them (comparable). */
export function comparableRawText(raw: string): string {
  return comparable(raw);
}

/** The article's blocks written back as raw lines (articleToRawLines), compared as above. */
export function comparableArticleText(article: Article): string {
  return comparable(articleToRawLines(article).join('\n'));
}

/** Where two comparable texts first differ, with a little of each around it; null when they do not. */
export function firstDifference(arrived: string, written: string): { arrived: string; written: string } | null {
  if (arrived === written) return null;
  let at = 0;
  while (at < arrived.length && arrived[at] === written[at]) at += 1;
  const around = (text: string) => `${at > 30 ? '…' : ''}${text.slice(Math.max(0, at - 30), at + 30)}${text.length > at + 30 ? '…' : ''}`;
  return { arrived: around(arrived), written: around(written) };
}
