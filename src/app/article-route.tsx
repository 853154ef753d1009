import { Suspense, use, useCallback, useMemo, type ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { findArticleSummary, getLoadedArticle, loadArticle } from '../content/articles.ts';
import type { Article, Block } from '../content/schema.ts';
import { ArticleView } from '../features/article/components/article-view.tsx';
import { ParagraphView } from '../features/article/components/paragraph-view.tsx';
import { HashtagLink } from '../features/hashtags/components/hashtag-link.tsx';
import { loadFilterLib, useHashtagFilter, useTagLinkClicks } from '../features/hashtags/use-hashtag-filter.ts';
import { CitationLink } from '../features/sources/components/citation-link.tsx';
import { openSourceEntry } from '../features/sources/components/sources-drawer.ts';
import { buildSourceModel } from '../features/sources/lib/source-model.ts';
import { useSourceSelection } from '../features/sources/use-source-selection.ts';
import { SourceSelectionContext } from '../features/sources/source-selection-context.ts';
import { useFragmentArrival } from '../features/sharing/use-fragment-arrival.ts';
import { ShareButton } from '../features/sharing/components/share-button.tsx';
import { TweetCard } from '../features/tweets/components/tweet-card.tsx';
import { uiText } from '../lib/ui-text.ts';
import { lazyWithPreload } from '../ui/lazy-with-preload.ts';
import { NotFoundRoute } from './not-found-route.tsx';
import styles from './article-route.module.css';

// The sidebar is not needed for first paint: its code loads after, and its prerendered HTML
// stays in place until it has (selective hydration).
const sourcesPanel = lazyWithPreload(() => import('../features/sources/components/sources-panel.tsx').then((module) => module.SourcesPanel));
const hashtagFilterBar = lazyWithPreload(() =>
  import('../features/hashtags/components/hashtag-filter-bar.tsx').then((module) => module.HashtagFilterBar),
);
const readingProgress = lazyWithPreload(() => import('../features/article/components/reading-progress.tsx').then((module) => module.ReadingProgress));
const SourcesPanel = sourcesPanel.Component;
const ReadingProgress = readingProgress.Component;
const HashtagFilterBar = hashtagFilterBar.Component;

/** For the prerenderer: load the split parts first so the HTML is complete and script-free. */
export async function preloadArticleParts(): Promise<void> {
  await Promise.all([sourcesPanel.preload(), hashtagFilterBar.preload(), readingProgress.preload(), loadFilterLib()]);
}

function LoadedArticle({ slug }: { slug: string }) {
  const article = getLoadedArticle(slug) ?? use(loadArticle(slug));
  return article ? <ArticlePage article={article} /> : <NotFoundRoute />;
}

function ArticlePage({ article }: { article: Article }) {
  const filter = useHashtagFilter(article);
  const arrival = useFragmentArrival(article);
  const sources = useMemo(() => buildSourceModel(article), [article]);
  const selection = useSourceSelection(sources);
  const onTagLinkClick = useTagLinkClicks();
  const marks = filter.state.kind === 'active' ? filter.state.result.marks : undefined;
  // A linked paragraph is shown even when a filter would hide it.
  const isVisible = (blockId: string) => blockId === arrival.targetId || filter.isVisible(blockId);

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
  const { isActiveTag } = filter;
  const renderActiveInlineHashtag = useCallback(
    (tag: string, written: string) => <HashtagLink tag={tag} written={written} variant="inline" active={isActiveTag(tag)} />,
    [isActiveTag],
  );
  const title = article.headline.text;
  const renderShare = useCallback(
    // Not code-split: one Suspense boundary per paragraph made hydrating a long article quadratic.
    (block: Block) => <ShareButton blockId={block.id} kind={block.type} text={block.text} title={title} />,
    [title],
  );

  return (
    <SourceSelectionContext value={selection}>
      {/* Clicks on tag links (each a plain link, and a keyboard's Enter is a click too) bubble here. */}
      <div className={styles.layout} onClick={onTagLinkClick}>
        <Suspense fallback={null}>
          <ReadingProgress />
        </Suspense>
        <ArticleView
          article={article}
          notice={arrival.notice}
          view={filter.state}
          toolbar={
            <Suspense fallback={null}>
              <HashtagFilterBar article={article} state={filter.state} />
            </Suspense>
          }
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
              renderHashtag={filter.carriesActiveTag(block) ? renderActiveInlineHashtag : renderInlineHashtag}
            />
          )}
        />
        <Suspense fallback={null}>
          <SourcesPanel model={sources} selection={selection} />
        </Suspense>
      </div>
    </SourceSelectionContext>
  );
}

function renderInlineHashtag(tag: string, written: string) {
  return <HashtagLink tag={tag} written={written} variant="inline" />;
}

export function ArticleRoute() {
  const { slug = '' } = useParams();
  if (!findArticleSummary(slug)) return <NotFoundRoute />;
  return (
    <Suspense fallback={<p role="status">{uiText.articleLoading}</p>}>
      <LoadedArticle slug={slug} />
    </Suspense>
  );
}
