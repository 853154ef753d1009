import { Fragment, memo, useMemo, type ReactNode } from 'react';
import type { Article, Block, ParagraphBlock, TweetBlock } from '../../../content/schema.ts';
import { articleText, tweetText } from '../../../lib/ui-text.ts';
import { BidiText } from '../../../ui/bidi-text.tsx';
import { DateText } from '../../../ui/date-text.tsx';
import { Digits } from '../../../ui/digits.tsx';
import { ARABIC_WORDS_PER_MINUTE, readingMinutes } from '../lib/reading-time.ts';
import { groupBlocks } from '../lib/staged-groups.ts';
import { useStagedGroups } from '../use-staged-groups.ts';
import styles from './article-view.module.css';
import { FactList } from '../../../ui/fact-list.tsx';
import { useHydrated } from '../../../ui/use-hydrated.tsx';
import { pathOf } from '../../../lib/addresses.ts';

type Props = {
  readonly article: Article;
  readonly renderParagraph: (block: ParagraphBlock) => ReactNode;
  readonly renderTweet: (block: TweetBlock) => ReactNode;
  /** Whether a block shows under the current filter (hidden runs leave a marker); all by default. */
  readonly isVisible?: (blockId: string) => boolean;
  /** The block a shared link landed on: a way to the article's start stands before it. */
  readonly targetId?: string | null;
  /** Controls beside the title (sharing the whole article). */
  readonly headerActions?: ReactNode;
  /** Controls shown between the header and the body (the tags, the sources). */
  readonly toolbar?: ReactNode;
  /** What follows the article (other articles, the endnotes). */
  readonly after?: ReactNode;
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
  /** Old ids of edited blocks, by the block they lead to (the article's aliases). */
  readonly aliasesOf: ReadonlyMap<string, readonly string[]>;
  readonly slug: string;
  readonly targetId: string | null;
  readonly isVisible: ((blockId: string) => boolean) | undefined;
  /** The group still shows the view before the current one: it keeps what it shows and is not rendered. */
  readonly waiting: boolean;
};

const everything = () => true;

/** A line where blocks a filter hides would be, so the reader knows something is left out. */
function HiddenRun({ count }: { count: number }) {
  return (
    <p className={styles.hiddenRun}>
      <Digits>{(digits) => articleText.hiddenBlocks(count, digits)}</Digits>
    </p>
  );
}

/** One group of blocks; while it waits for a new view it is not rendered again. */
const GroupBlocks = memo(
  function GroupBlocks({ blocks, aliasesOf, slug, targetId, renderParagraph, renderTweet, isVisible = everything }: GroupProps) {
    const items: ReactNode[] = [];
    let hidden = 0;
    for (const block of blocks) {
      if (!isVisible(block.id)) hidden += 1;
      else if (hidden > 0) {
        items.push(<HiddenRun key={`hidden-${block.id}`} count={hidden} />);
        hidden = 0;
      }
      if (block.id === targetId) {
        items.push(
          <a key="from-start" className={`${styles.fromStart} print-hidden`} href={`#${articleTitleId(slug)}`}>
            {articleText.readFromStart}
          </a>,
        );
      }
      // An edited paragraph's old ids stand just before it: an old link lands here from the first
      // paint, without the app too (which then moves the address to the new id and says so).
      for (const alias of aliasesOf.get(block.id) ?? []) items.push(<span key={`alias-${alias}`} id={alias} className={styles.alias} />);
      items.push(<Fragment key={block.id}>{block.type === 'paragraph' ? renderParagraph(block) : renderTweet(block)}</Fragment>);
    }
    if (hidden > 0) items.push(<HiddenRun key="hidden-end" count={hidden} />);
    return items;
  },
  (previous, next) =>
    next.waiting ||
    (!previous.waiting &&
      previous.blocks === next.blocks &&
      previous.aliasesOf === next.aliasesOf &&
      previous.renderParagraph === next.renderParagraph &&
      previous.renderTweet === next.renderTweet &&
      previous.isVisible === next.isVisible &&
      previous.targetId === next.targetId),
);

export function articleTitleId(slug: string): string {
  return `article-title-${slug}`;
}

/** The article: one h1, its facts in a line (the date marked when inferred), then every block in order. */
export function ArticleView({ article, renderParagraph, renderTweet, isVisible, targetId = null, headerActions, toolbar, after, notice, view }: Props) {
  const groups = useMemo(() => groupBlocks(article.blocks), [article.blocks]);
  const aliasesOf = useMemo(() => {
    const byTarget = new Map<string, string[]>();
    for (const [from, to] of Object.entries(article.aliases)) byTarget.set(to, [...(byTarget.get(to) ?? []), from]);
    return byTarget;
  }, [article.aliases]);
  const { isWaiting, busy, track } = useStagedGroups(view, groups);
  return (
    <article className={styles.article} aria-labelledby={articleTitleId(article.slug)} lang={article.language}>
      <ArticleHeader article={article} actions={headerActions} />
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
              <GroupBlocks
                blocks={blocks}
                aliasesOf={aliasesOf}
                slug={article.slug}
                targetId={targetId}
                renderParagraph={renderParagraph}
                renderTweet={renderTweet}
                isVisible={isVisible}
                waiting={waiting}
              />
            </div>
          );
        })}
      </div>
      <footer className={styles.footer}>
        <p>{articleText.verbatimNote}</p>
        <p>
          <Provenance article={article} />
        </p>
        <PrintedAddress slug={article.slug} />
      </footer>
      {after}
    </article>
  );
}

/**
 * On paper only: where the article is, as the reader's browser reached it (the build knows the
 * site's address, the app does not), so written after hydration; nothing shows on screen.
 */
function PrintedAddress({ slug }: { slug: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <p className="print-only">
      {/* On a line of its own: a long address then breaks only where it must. */}
      {articleText.printedAddress}
      <br />
      <bdi dir="ltr">{`${window.location.origin}${pathOf({ kind: 'article', slug }) ?? ''}`}</bdi>
    </p>
  );
}

/** Who published and wrote the article, as far as its source says: nothing is guessed. */
function Provenance({ article }: { article: Article }) {
  const { publisher, author } = article.provenance;
  if (!publisher && !author) return articleText.noPublisherNoAuthor;
  return (
    <>
      {publisher ? <BidiText text={articleText.publisher(publisher)} /> : articleText.noPublisher}{' '}
      {author ? <BidiText text={articleText.author(author)} /> : articleText.noAuthor}
    </>
  );
}

/** Title, a line of facts, and what is known about them behind «عن هذا المقال»: a filter or a selection does not touch it. */
const ArticleHeader = memo(function ArticleHeader({ article, actions }: { article: Article; actions: ReactNode }) {
  const minutes = readingMinutes(article);
  const { date, headline } = article;
  return (
    <header className={styles.header}>
      {/* Focusable by script and link only: «اقرأ المقال من بدايته» brings focus here, so Tab goes on from the top. */}
      <h1 id={articleTitleId(article.slug)} className={styles.title} tabIndex={-1}>
        <BidiText text={headline.text} />
      </h1>
      <FactList className={styles.facts}>
        {date && (
          <li>
            <time dateTime={date.iso}>
              <DateText iso={date.iso}>{date.status === 'inferred' ? articleText.dateInferred : articleText.dateStated}</DateText>
            </time>
          </li>
        )}
        <li>
          <Digits>{(digits) => articleText.readingTime(minutes, digits)}</Digits>
        </li>
        {headline.derivation === 'lede-excerpt' && <li>{articleText.headlineExcerpt}</li>}
      </FactList>
      <div className={styles.headerRow}>
        <details className={styles.about}>
          <summary>{articleText.aboutArticle}</summary>
          <ul>
            {date?.status === 'inferred' && (
              <li>
                <BidiText text={date.basis} />
              </li>
            )}
            {headline.derivation === 'lede-excerpt' && <li>{articleText.headlineDerived}</li>}
            <li>
              <Digits>{(digits) => `${articleText.readingTime(minutes, digits)}، ${articleText.readingRate(ARABIC_WORDS_PER_MINUTE, digits)}.`}</Digits>
            </li>
            {article.blocks.some((block) => block.type === 'tweet') && <li>{tweetText.quotedNote}</li>}
          </ul>
        </details>
        {actions}
      </div>
    </header>
  );
});
