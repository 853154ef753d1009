import { useCallback, useMemo, type ReactNode } from 'react';
import type { Block } from '../content/schema.ts';
import { ArticleView } from '../features/article/components/article-view.tsx';
import { ParagraphView } from '../features/article/components/paragraph-view.tsx';
import { ReadingProgress } from '../features/article/components/reading-progress.tsx';
import { HashtagFilterBar } from '../features/hashtags/components/hashtag-filter-bar.tsx';
import { HashtagLink } from '../features/hashtags/components/hashtag-link.tsx';
import { useHashtagFilter, useTagLinkClicks } from '../features/hashtags/use-hashtag-filter.ts';
import { ShareButton } from '../features/sharing/components/share-button.tsx';
import { useFragmentArrival } from '../features/sharing/use-fragment-arrival.ts';
import { CitationLink } from '../features/sources/components/citation-link.tsx';
import { SourcesPanel } from '../features/sources/components/sources-panel.tsx';
import { openSourceEntry } from '../features/sources/components/sources-drawer.ts';
import { buildSourceModel } from '../features/sources/lib/source-model.ts';
import { SourceSelectionContext } from '../features/sources/source-selection-context.ts';
import { useSourceSelection } from '../features/sources/use-source-selection.ts';
import { TweetCard } from '../features/tweets/components/tweet-card.tsx';
import type { ArticlePageData } from './page-data.ts';
import styles from './article-route.module.css';

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
  const { article, tags } = data;
  const hashtags = useHashtagFilter(article, tags);
  const arrival = useFragmentArrival(article, { sharedBlockId, resumed });
  const sources = useMemo(() => buildSourceModel(article), [article]);
  const selection = useSourceSelection(sources);
  const onTagLinkClick = useTagLinkClicks();
  const { filter } = hashtags;
  const marks = filter.kind === 'active' ? filter.marks : undefined;
  // A linked paragraph is shown even when a filter would hide it.
  const isVisible = (blockId: string) => blockId === arrival.targetId || hashtags.isVisible(blockId);

  // Stable callbacks: paragraphs and tweets are memoized, and in a long article a filter or a
  // selection must re-render only what changed (the contexts carry the changing state).
  const renderCitation = useCallback(
    (citationId: string, children: ReactNode) => {
      const entry = sources.entries.find((candidate) => candidate.source.id === sources.sourceIdByCitation.get(citationId));
      if (!entry) return children;
      return (
        <CitationLink citationId={citationId} entry={entry} onOpenSource={openSourceEntry}>
          {children}
        </CitationLink>
      );
    },
    [sources],
  );
  // A tweet's tags are links; the one that is the active filter says so (aria-current). Only the
  // tweets carrying it get this renderer, so a filter change re-renders those and no other.
  const { isActiveTag } = hashtags;
  const renderActiveInlineHashtag = useCallback(
    (tag: string, written: string) => <HashtagLink tag={tag} written={written} variant="inline" active={isActiveTag(tag)} />,
    [isActiveTag],
  );
  const title = article.headline.text;
  const renderShare = useCallback((block: Block) => <ShareButton blockId={block.id} kind={block.type} text={block.text} title={title} />, [title]);

  return (
    <SourceSelectionContext value={selection}>
      {/* Clicks on tag links (each a plain link, and a keyboard's Enter is a click too) bubble here. */}
      <div className={styles.layout} onClick={onTagLinkClick}>
        <ReadingProgress />
        <ArticleView
          article={article}
          notice={arrival.notice}
          view={filter}
          toolbar={<HashtagFilterBar index={tags} filter={filter} />}
          renderParagraph={(block) => (
            <ParagraphView
              key={block.id}
              block={block}
              hidden={!isVisible(block.id)}
              targeted={block.id === arrival.targetId}
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
              highlighted={block.id === arrival.targetId || selection.selectedId === block.sourceId || selection.pointedId === block.sourceId}
              renderHashtag={hashtags.carriesActiveTag(block) ? renderActiveInlineHashtag : renderInlineHashtag}
            />
          )}
        />
        <SourcesPanel model={sources} selection={selection} />
      </div>
    </SourceSelectionContext>
  );
}
