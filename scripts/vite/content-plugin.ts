/**
 * Serves the validated articles to the app as virtual modules. Every article under
 * content/articles/ is validated with the content schema when the build (or dev server) starts
 * and whenever it changes: an invalid article fails the build with file, JSON path and reason.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_DIR, FIXTURE_CONTENT_DIR, readAllArticles } from '../../src/content/read-articles.ts';
import type { Article, ArticleSummary } from '../../src/content/schema.ts';

const INDEX_ID = 'virtual:sahifa/articles';
const ARTICLE_PREFIX = 'virtual:sahifa/article/';

export function summarize(article: Article): ArticleSummary {
  return {
    slug: article.slug,
    headline: article.headline,
    date: article.date,
    paragraphCount: article.blocks.filter((block) => block.type === 'paragraph').length,
  };
}

/**
 * `withFixtures` adds the test articles of tests/fixtures/content, `extraContent` those of another
 * content folder (the benchmark's generated article); neither is ever in the production build.
 */
export function contentPlugin({ withFixtures = false, extraContent }: { withFixtures?: boolean; extraContent?: string | undefined } = {}): Plugin {
  let articles: Article[] = [];
  const readArticles = () => [
    ...readAllArticles(),
    ...(withFixtures ? readAllArticles(join(FIXTURE_CONTENT_DIR, 'articles')) : []),
    ...(extraContent ? readAllArticles(join(extraContent, 'articles')) : []),
  ];
  return {
    name: 'sahifa-content',
    buildStart() {
      articles = readArticles();
      this.addWatchFile(join(CONTENT_DIR, 'articles'));
      for (const article of articles) this.addWatchFile(join(CONTENT_DIR, 'articles', `${article.slug}.json`));
    },
    resolveId(id) {
      if (id === INDEX_ID || id.startsWith(ARTICLE_PREFIX)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${INDEX_ID}`) {
        const loaders = articles
          .map((article) => `  ${JSON.stringify(article.slug)}: () => import(${JSON.stringify(ARTICLE_PREFIX + article.slug)}),`)
          .join('\n');
        return `export const summaries = ${JSON.stringify(articles.map(summarize))};\nexport const loaders = {\n${loaders}\n};\n`;
      }
      if (id.startsWith(`\0${ARTICLE_PREFIX}`)) {
        const slug = id.slice(ARTICLE_PREFIX.length + 1);
        const article = articles.find((candidate) => candidate.slug === slug);
        if (!article) this.error(`No article with slug "${slug}"`);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(article))});\n`;
      }
      return null;
    },
    handleHotUpdate({ file, server }) {
      if (file.startsWith(join(CONTENT_DIR, 'articles'))) {
        articles = readArticles();
        server.ws.send({ type: 'full-reload' });
      }
    },
  };
}
