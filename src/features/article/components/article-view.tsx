import { memo, useMemo, useRef, type ReactNode } from 'react';
import type { Article, Block, ParagraphBlock, TweetBlock } from '../../../content/schema.ts';
import { chunk } from '../lib/staged-chunks.ts';
import { findAnchorChunk, useStagedChunks } from '../use-staged-chunks.ts';
import { formatArabicDate, formatNumber } from '../../../lib/format.ts';
import { pluralize } from '../../../lib/plural.ts';
import { ARABIC_WORDS_PER_MINUTE, readingMinutes } from '../lib/reading-time.ts';
import { uiText } from '../../../lib/ui-text.ts';
import { BidiText } from '../../../ui/bidi-text.tsx';
import styles from './article-view.module.css';
import { Digits } from '../../../ui/digits.tsx';

type Props = {
  readonly article: Article;
  readonly renderParagraph: (block: ParagraphBlock) => ReactNode;
  readonly renderTweet: (block: TweetBlock) => ReactNode;
  /** Controls shown between the header and the body (filters, settings). */
  readonly toolbar?: ReactNode;
  /** A message about the address the reader arrived by (an announced live region, always present). */
  readonly notice?: string | null;
  /**
   * What the blocks show (a hashtag filter's state), compared by identity: a new one reaches a
   * long article group by group, starting where the reader is (useStagedChunks).
   */
  readonly view?: unknown;
};

type ChunkProps = Pick<Props, 'renderParagraph' | 'renderTweet'> & {
  readonly blocks: readonly Block[];
  /** The group waits for a new view: it keeps what it shows (collapsed) and is not rendered. */
  readonly waiting: boolean;
};

/** One group of blocks. While it waits for a new view it is not rendered again. */
const ChunkBlocks = memo(
  function ChunkBlocks({ blocks, renderParagraph, renderTweet }: ChunkProps) {
    return blocks.map((block) => {
      switch (block.type) {
        case 'paragraph':
          return renderParagraph(block);
        case 'tweet':
          return renderTweet(block);
      }
    });
  },
  (previous, next) =>
    next.waiting ||
    (previous.blocks === next.blocks && previous.renderParagraph === next.renderParagraph && previous.renderTweet === next.renderTweet && !previous.waiting),
);

export function articleTitleId(slug: string): string {
  return `article-title-${slug}`;
}

/** The article: one h1, its date (marked when inferred), then every block in order. */
export function ArticleView({ article, renderParagraph, renderTweet, toolbar, notice, view }: Props) {
  const chunks = useMemo(() => chunk(article.blocks), [article.blocks]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const staged = useStagedChunks(view, chunks.length, () => findAnchorChunk(bodyRef.current));
  return (
    <article className={styles.article} aria-labelledby={articleTitleId(article.slug)} lang={article.language}>
      <ArticleHeader article={article} />
      <p id="arrival-notice" className={styles.notice} role="status" tabIndex={-1}>
        {notice}
      </p>
      {toolbar}
      <div ref={bodyRef} className={styles.body} aria-busy={staged.busy || undefined}>
        {chunks.map((blocks, index) => {
          const waiting = !staged.isApplied(index);
          return (
            // Keyed by article too: another article's blocks never wait in this one's groups.
            <div key={`${article.slug}:${index}`} className={styles.chunk} data-waiting={waiting || undefined} aria-hidden={waiting || undefined}>
              <ChunkBlocks blocks={blocks} renderParagraph={renderParagraph} renderTweet={renderTweet} waiting={waiting} />
            </div>
          );
        })}
      </div>
      <footer className={styles.footer}>
        <p>{uiText.provenanceNote}</p>
      </footer>
    </article>
  );
}

/** Title, date and reading time: memoized, a filter or a selection does not touch them. */
const ArticleHeader = memo(function ArticleHeader({ article }: { article: Article }) {
  const minutes = useMemo(() => readingMinutes(article), [article]);
  const titleId = articleTitleId(article.slug);
  return (
  <header className={styles.header}>
    <h1 id={titleId} className={styles.title}>
      {article.headline.text}
    </h1>
    {article.date && (
      <p className={styles.meta}>
        <time dateTime={article.date.iso}>
          <Digits>
            {(digits) =>
              (article.date?.status === 'inferred' ? uiText.dateInferred : uiText.dateStated)(formatArabicDate(article.date?.iso ?? '', digits))
            }
          </Digits>
        </time>
        {article.date.status === 'inferred' && (
          <>
            {' '}
            <span className={styles.inferred}>{uiText.inferredMark}</span>
            <span className={styles.basis}>
              <BidiText text={article.date.basis} />
            </span>
          </>
        )}
      </p>
    )}
    {article.headline.derivation === 'lede-excerpt' && <p className={styles.basis}>{uiText.headlineDerived}</p>}
    <p className={styles.readingTime}>
      <Digits>
        {(digits) =>
          uiText.readingTime(pluralize(minutes, uiText.minutes, digits), formatNumber(ARABIC_WORDS_PER_MINUTE, digits))
        }
      </Digits>
    </p>
  </header>
  );
});
