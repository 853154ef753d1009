import { Link } from 'react-router-dom';
import { appText } from '../lib/ui-text.ts';

/** The not-found page (status 404 from the server), with ways on. */
export function NotFoundRoute() {
  return (
    <section aria-labelledby="not-found-title" className="narrow">
      <h1 id="not-found-title">{appText.notFoundTitle}</h1>
      <p>{appText.notFoundBody}</p>
      <p>{appText.notFoundWaysOn}</p>
      <ul>
        <li>
          <Link to="/">{appText.latestArticles}</Link>
        </li>
        <li>
          <Link to="/">{appText.backHome}</Link>
        </li>
      </ul>
    </section>
  );
}
