import { Link } from 'react-router-dom';
import { pathOf } from '../lib/addresses.ts';
import { appText, offlineText } from '../lib/ui-text.ts';
import { useOnline } from '../ui/use-online.ts';

/**
 * The not-found page (status 404 from the server), with ways on. The offline worker answers
 * with it too, for a page asked for offline that was never opened nor saved: then it says so.
 */
export function NotFoundRoute() {
  const online = useOnline();
  return (
    <section aria-labelledby="not-found-title" className="narrow">
      <h1 id="not-found-title">{appText.notFoundTitle}</h1>
      {online ? (
        <p>{appText.notFoundBody}</p>
      ) : (
        <p role="status">
          {offlineText.offlineTitle}: {offlineText.offlineNotOpened}
        </p>
      )}
      <p>{appText.notFoundWaysOn}</p>
      <ul>
        <li>
          <Link to="/">{appText.latestArticles}</Link>
        </li>
        <li>
          <Link to={pathOf({ kind: 'tags', page: 1 }) ?? '/tags'}>{appText.allTags}</Link>
        </li>
        <li>
          <Link to={pathOf({ kind: 'search' }) ?? '/search'}>{appText.searchArticles}</Link>
        </li>
      </ul>
    </section>
  );
}
