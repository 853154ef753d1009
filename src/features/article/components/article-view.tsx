import { memo, useMemo, type ReactNode } from 'react';
import type { Article, Block, ParagraphBlock, TweetBlock } from '../../../content/schema.ts';
import { formatArabicDate } from '../../../lib/format.ts';
import { articleText } from '../../../lib/ui-text.ts';
import { BidiText } from '../../../ui/bidi-text.tsx';
import { Digits } from '../../../ui/digits.tsx';
import { ARABIC_WORDS_PER_MINUTE, readingMinutes } from '../lib/reading-time.ts';
import { groupBlocks } from '../lib/staged-groups.ts';
import { useStagedGroups } from '../use-staged-groups.ts';
import styles from './article-view.module.css';

type Props = {
  readonly article: Article;
  readonly renderParagraph: (block: ParagraphBlock) => ReactNode;
  readonly renderTweet: (block: TweetBlock) => ReactNode;
  /** Controls shown between the header and the body (filters, settings). */
  readonly toolbar?: ReactNode;
  /** A message about the address the reader arrived by (an announced live region, always present). */
  readonly notice?: string | null;
  /**
   * What the blocks show (a hashtag filter), compared by identity: a new one reaches a long
   * article group by group, starting where the reader is (useStagedGroups).
   */
  readonly view?: object;
};

type GroupProps = Pick<Props, 'renderParagraph' | 'renderTweet'> & {
  readonly blocks: readonly Block[];
  /** The group still shows the view before the current one: it keeps what it shows and is not rendered. */
  readonly waiting: boolean;
};

/** One group of blocks; while it waits for a new view it is not rendered again. */
const GroupBlocks = memo(
  function GroupBlocks({ blocks, renderParagraph, renderTweet }: GroupProps) {
    return blocks.map((block) => {
      switch (block.type) {
        case 'paragraph':
          return renderParagraph(block);
        case 'tweet':
          return renderTweet(block);
      }
    });
  },
  (previous, next) => next.waiting || (!previous.waiting && previous.blocks === next.blocks && previous.renderParagraph === next.renderParagraph && previous.renderTweet === next.renderTweet),
);

export function articleTitleId(slug: string): string {
  return `article-title-${slug}`;
}

/** The article: one h1, its date (marked when inferred), then every block in order. */
export function ArticleView({ article, renderParagraph, renderTweet, toolbar, notice, view }: Props) {
  const groups = useMemo(() => groupBlocks(article.blocks), [article.blocks]);
  const { isWaiting, busy, track } = useStagedGroups(view, groups.length);
  return (
    <article className={styles.article} aria-labelledby={articleTitleId(article.slug)} lang={article.language}>
      <ArticleHeader article={article} />
      <p id="arrival-notice" className={styles.notice} role="status" tabIndex={-1}>
        {notice}
      </p>
      {toolbar}
      <div ref={track} className={styles.body} aria-busy={busy || undefined}>
        {groups.map((blocks, index) => {
          const waiting = isWaiting(index);
          return (
            // Keyed by article too: another article's blocks never wait in this one's groups.
            <div key={`${article.slug}:${index}`} className={styles.group} data-group={index} data-waiting={waiting || undefined} aria-hidden={waiting || undefined}>
              <GroupBlocks blocks={blocks} renderParagraph={renderParagraph} renderTweet={renderTweet} waiting={waiting} />
            </div>
          );
        })}
      </div>
      <footer className={styles.footer}>
        <p>{articleText.provenanceNote}</p>
      </footer>
    </article>
  );
}

/** Title, date and reading time: memoized, a filter or a selection does not touch them. */
const ArticleHeader = memo(function ArticleHeader({ article }: { article: Article }) {
  const minutes = readingMinutes(article);
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
              (article.date?.status === 'inferred' ? articleText.dateInferred : articleText.dateStated)(formatArabicDate(article.date?.iso ?? '', digits))
            }
          </Digits>
        </time>
        {article.date.status === 'inferred' && (
          <>
            <span className={styles.basis}>
              <BidiText text={article.date.basis} />
            </span>
          </>
        )}
      </p>
    )}
    {article.headline.derivation === 'lede-excerpt' && <p className={styles.basis}>{articleText.headlineDerived}</p>}
    <p className={styles.readingTime}>
      <Digits>
        {(digits) => `${articleText.readingTime(minutes, digits)}، ${articleText.readingRate(ARABIC_WORDS_PER_MINUTE, digits)}.`}
      </Digits>
    </p>
  </header>
  );
});
