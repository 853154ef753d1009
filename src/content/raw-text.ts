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
