import { Suspense, use } from 'react';
import { useParams } from 'react-router-dom';
import { findArticleSummary, getLoadedArticle, loadArticle } from '../content/articles.ts';
import type { Article } from '../content/schema.ts';
import { ArticleView } from '../features/article/components/article-view.tsx';
import { TweetCard } from '../features/tweets/components/tweet-card.tsx';
import { uiText } from '../lib/ui-text.ts';
import { NotFoundRoute } from './not-found-route.tsx';

function LoadedArticle({ slug }: { slug: string }) {
  const article = getLoadedArticle(slug) ?? use(loadArticle(slug));
  return article ? <ArticlePage article={article} /> : <NotFoundRoute />;
}

function ArticlePage({ article }: { article: Article }) {
  return (
    <ArticleView
      article={article}
      renderTweet={(block) => <TweetCard key={block.id} block={block} renderHashtag={(_tag, written) => <span>{written}</span>} />}
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
