import { Suspense, use } from 'react';
import { useParams } from 'react-router-dom';
import { findArticleSummary, getLoadedArticle, loadArticle } from '../content/articles.ts';
import type { Article } from '../content/schema.ts';
import { ArticleView } from '../features/article/components/article-view.tsx';
import { ParagraphView } from '../features/article/components/paragraph-view.tsx';
import { HashtagFilterBar } from '../features/hashtags/components/hashtag-filter-bar.tsx';
import { HashtagLink } from '../features/hashtags/components/hashtag-link.tsx';
import { useHashtagFilter } from '../features/hashtags/use-hashtag-filter.ts';
import { TweetCard } from '../features/tweets/components/tweet-card.tsx';
import { toMatchKey } from '../lib/arabic-normalize.ts';
import { uiText } from '../lib/ui-text.ts';
import { NotFoundRoute } from './not-found-route.tsx';

function LoadedArticle({ slug }: { slug: string }) {
  const article = getLoadedArticle(slug) ?? use(loadArticle(slug));
  return article ? <ArticlePage article={article} /> : <NotFoundRoute />;
}

function ArticlePage({ article }: { article: Article }) {
  const filter = useHashtagFilter(article);
  const activeKey = filter.state.kind === 'active' ? filter.state.key : null;
  const marks = filter.state.kind === 'active' ? filter.state.result.marks : undefined;
  return (
    <ArticleView
      article={article}
      toolbar={<HashtagFilterBar filter={filter} />}
      renderParagraph={(block) => (
        <ParagraphView key={block.id} block={block} hidden={!filter.isVisible(block.id)} marks={marks?.get(block.id)} />
      )}
      renderTweet={(block) => (
        <TweetCard
          key={block.id}
          block={block}
          hidden={!filter.isVisible(block.id)}
          renderHashtag={(tag, written) => (
            <HashtagLink tag={tag} written={written} variant="inline" active={activeKey !== null && toMatchKey(tag) === activeKey} />
          )}
        />
      )}
    />
  );
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
