import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { offlineText } from '../../../lib/ui-text.ts';
import { BidiText } from '../../../ui/bidi-text.tsx';
import type { KeptArticle } from '../kept-articles.ts';

/**
 * Offline, the articles this browser can open without the network, as links: on the page that
 * says a page is not here offline, reached by an address or by a link inside the app. Nothing
 * when there are none. The caches are read by a part of its own, loaded when shown.
 */
export function KeptArticlesList() {
  const [kept, setKept] = useState<readonly KeptArticle[]>([]);
  useEffect(() => {
    let current = true;
    import('../kept-articles.ts')
      .then((module) => module.articlesKeptOffline())
      .then(
        (found) => current && setKept(found),
        () => {},
      );
    return () => {
      current = false;
    };
  }, []);
  if (kept.length === 0) return null;
  return (
    <>
      <h2>{offlineText.keptArticles}</h2>
      <ul>
        {kept.map((article) => (
          <li key={article.href}>
            <Link to={article.href}>
              <BidiText text={article.title} />
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
