/**
 * The search index (issue #20, docs/decisions/0018-search.md): one Pagefind record per paragraph
 * and tweet of every article, its URL the block's place in the article, its content the block's
 * matching words (src/features/search/lib/search-text.ts), its text as written kept for the
 * result. Pagefind writes a chunked index under dist/pagefind/ that the search page fetches a
 * piece at a time, so a search costs the same at any size of the archive.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Article } from '../../src/content/schema.ts';
import { indexedText } from '../../src/features/search/lib/search-text.ts';
import { blockInArticlePath } from '../../src/features/sharing/lib/share-link.ts';

const SEARCH_LANGUAGE = 'zxx';

export async function writeSearchIndex(articles: readonly Article[], dist: string): Promise<{ records: number }> {
  // No language Pagefind stems: a stem stands for words the reader did not type («سوريا» and
  // «السوري» share one), and the page could mark none of them. The content is already the
  // matching words of search-text.ts; Pagefind extends each query word to the words it begins
  // (as the page marks them). `zxx` is "no linguistic content": Pagefind's plain searcher.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  let records = 0;
  try {
    for (const article of articles) {
      for (const block of article.blocks) {
        // A tweet is found by who wrote it too: the name and @handle its result shows.
        const content = indexedText(block.type === 'tweet' ? `${block.text} ${block.author.name} @${block.author.handle}` : block.text);
        if (content === '') continue;
        const response = await index.addCustomRecord({
          url: blockInArticlePath(article.slug, block.id),
          content,
          language: SEARCH_LANGUAGE,
          meta: {
            // Pagefind searches metadata too (the title most): a block found by its article's
            // headline alone is dropped by the page (src/features/search/pagefind.ts), and no
            // block is given the headline as its title, which would rank such blocks first.
            headline: article.headline.text,
            text: block.text,
            kind: block.type,
            ...(block.type === 'tweet' ? { author: block.author.name, handle: block.author.handle } : {}),
          },
        });
        if (response.errors.length > 0) throw new Error(`search index: ${article.slug}#${block.id}: ${response.errors.join('; ')}`);
        records += 1;
      }
    }
    const output = join(dist, 'pagefind');
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    // Pagefind's ready-made interfaces: the search page is the site's own.
    for (const file of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js']) {
      rmSync(join(output, file), { force: true });
    }
  } finally {
    await pagefind.close();
  }
  return { records };
}
