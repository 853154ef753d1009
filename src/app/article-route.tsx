import { useCallback, useMemo, type ReactNode } from 'react';
import type { Block } from '../content/schema.ts';
import { ArticleView } from '../features/article/components/article-view.tsx';
import { ParagraphView } from '../features/article/components/paragraph-view.tsx';
import { HashtagLink } from '../features/hashtags/components/hashtag-link.tsx';
import { useHashtagFilter, useTagLinkClicks } from '../features/hashtags/use-hashtag-filter.ts';
import { useFragmentArrival } from '../features/sharing/use-fragment-arrival.ts';
import { CitationLink } from '../features/sources/components/citation-link.tsx';
import { ArticleNav } from '../features/article/components/article-nav.tsx';
import { ReadingProgress } from '../features/article/components/reading-progress.tsx';
import { HashtagFilterBar } from '../features/hashtags/components/hashtag-filter-bar.tsx';
import { ShareButton } from '../features/sharing/components/share-button.tsx';
import { tweetAttribution } from '../features/sharing/lib/share-card.ts';
import { Endnotes } from '../features/sources/components/endnotes.tsx';
import { SourcesOpener } from '../features/sources/components/sources-opener.tsx';
import { SourcesPanel } from '../features/sources/components/sources-panel.tsx';
import { openSourceEntry } from '../features/sources/components/sources-drawer.ts';
import { buildSourceModel } from '../features/sources/lib/source-model.ts';
import { SourceSelectionContext } from '../features/sources/source-selection-context.ts';
import { useSourceSelection } from '../features/sources/use-source-selection.ts';
import { TweetCard } from '../features/tweets/components/tweet-card.tsx';
import { SaveOfflineButton } from '../features/offline/components/save-offline-button.tsx';
import { pathOf } from '../lib/addresses.ts';
import { MonthStyleContext } from '../ui/date-text.tsx';
import type { ArticlePageData, ArticleSummary } from './page-data.ts';
import styles from './article-route.module.css';

function linkTo(summary: ArticleSummary | null) {
  return summary ? { href: pathOf({ kind: 'article', slug: summary.slug }) ?? '/', title: summary.headline.text } : null;
}

function renderInlineHashtag(tag: string, written: string) {
  return <HashtagLink tag={tag} written={written} variant="inline" />;
}

type Props = {
  readonly data: ArticlePageData;
  /** On a block's share page: the block shared (the article opens there). */
  readonly sharedBlockId: string | null;
  /** Reloaded onto a new deploy, back at the reader's place (the address's fragment). */
  readonly resumed: boolean;
};

export function ArticleRoute({ data, sharedBlockId, resumed }: Props) {
  const { article, tags, newer, older } = data;
  const hashtags = useHashtagFilter(article, tags);
  const arrival = useFragmentArrival(article, { sharedBlockId, resumed });
  const sources = useMemo(() => buildSourceModel(article), [article]);
  const selection = useSourceSelection(sources);
  const onTagLinkClick = useTagLinkClicks();
  const { filter, isVisible: shownByFilter } = hashtags;
  const marks = filter.kind === 'active' ? filter.marks : undefined;
  // A linked paragraph, and the claim a source's stepper is at, are shown even when a filter
  // would hide them (stable per filter, target and claim: the printed notes follow what the page shows).
  const { targetId } = arrival;
  const currentBlockId = selection.current?.blockId ?? null;
  const isVisible = useCallback(
    (blockId: string) => blockId === targetId || blockId === currentBlockId || shownByFilter(blockId),
    [targetId, currentBlockId, shownByFilter],
  );

  // Stable callbacks: paragraphs and tweets are memoized, and in a long article a filter or a
  // selection must re-render only what changed (the contexts carry the changing state).
  const notes = useMemo(() => new Map(sources.endnotes.map((note) => [note.citationId, note.number])), [sources]);
  const { reveal } = selection;
  const openSource = useCallback(
    (sourceId: string) => {
      reveal(sourceId);
      openSourceEntry(sourceId);
    },
    [reveal],
  );
  const renderCitation = useCallback(
    (citationId: string, children: ReactNode) => {
      const entry = sources.entries.find((candidate) => candidate.source.id === sources.sourceIdByCitation.get(citationId));
      if (!entry) return children;
      return (
        <CitationLink citationId={citationId} number={notes.get(citationId) ?? 0} entry={entry} onOpenSource={openSource}>
          {children}
        </CitationLink>
      );
    },
    [sources, notes, openSource],
  );
  // A tweet's tags are links; the one that is the active filter says so (aria-current). Only the
  // tweets carrying it get this renderer, so a filter change re-renders those and no other.
  const { isActiveTag } = hashtags;
  const renderActiveInlineHashtag = useCallback(
    (tag: string, written: string) => <HashtagLink tag={tag} written={written} variant="inline" active={isActiveTag(tag)} />,
    [isActiveTag],
  );
  const title = article.headline.text;
  const renderShare = useCallback(
    (block: Block) => (
      <ShareButton slug={article.slug} blockId={block.id} kind={block.type} text={block.text} attribution={block.type === 'tweet' ? tweetAttribution(block) : undefined} title={title} />
    ),
    [article.slug, title],
  );

  // The same for every filter and selection: made once, so that a tap re-renders neither the
  // header (memoized) nor what follows the article.
  const headerActions = useMemo(
    () => (
      <div className={styles.headerActions}>
        {/* First: the row is packed to its inline end, so a control that appears once
            the app runs (where the browser can keep pages offline) moves no other. In
            the entry chunk (1 KB): as a lazy part its code arrived mid-hydration and made
            React render the live page again four times (decision 0020). */}
        <SaveOfflineButton slug={article.slug} />
        <SourcesOpener count={sources.entries.length} />
        <ShareButton slug={article.slug} blockId={null} kind="article" text={title} title={title} />
      </div>
    ),
    [article.slug, title, sources.entries.length],
  );
  const after = useMemo(
    () => (
      <>
        <Endnotes model={sources} isVisible={isVisible} />
        <div className={styles.endOpener}>
          <SourcesOpener count={sources.entries.length} />
        </div>
        <ArticleNav newer={linkTo(newer)} older={linkTo(older)} />
      </>
    ),
    [sources, isVisible, newer, older],
  );

  return (
    <MonthStyleContext value={article.dateStyle ?? 'standard'}>
    <SourceSelectionContext value={selection}>
      {/* Clicks on tag links (each a plain link, and a keyboard's Enter is a click too) bubble here. */}
      <div className={styles.layout} onClick={onTagLinkClick} data-claims={selection.selectedId === null ? undefined : ''}>
        <ReadingProgress />
        <ArticleView
          article={article}
          notice={arrival.notice}
          view={filter}
          isVisible={isVisible}
          targetId={targetId}
          headerActions={headerActions}
          toolbar={
            <HashtagFilterBar index={tags} filter={filter} siteTags={data.siteTags} />
          }
          after={after}
          renderParagraph={(block) => (
            <ParagraphView
              key={block.id}
              block={block}
              hidden={!isVisible(block.id)}
              targeted={block.id === targetId}
              marks={marks?.get(block.id)}
              citations={sources.citationsByParagraph.get(block.id)}
              renderCitation={renderCitation}
              renderActions={renderShare}
            />
          )}
          renderTweet={(block) => (
            <TweetCard
              key={block.id}
              block={block}
              hidden={!isVisible(block.id)}
              renderActions={renderShare}
              highlighted={block.id === targetId || selection.selectedId === block.sourceId || selection.pointedId === block.sourceId}
              current={selection.current?.elementId === block.id}
              renderHashtag={hashtags.carriesActiveTag(block) ? renderActiveInlineHashtag : renderInlineHashtag}
            />
          )}
        />
        <SourcesPanel model={sources} selection={selection} />
      </div>
    </SourceSelectionContext>
    </MonthStyleContext>
  );
}
