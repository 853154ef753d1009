import { Link } from 'react-router-dom';
import { uiText } from '../lib/ui-text.ts';

export function NotFoundRoute() {
  return (
    <section aria-labelledby="not-found-title" className="narrow">
      <h1 id="not-found-title">{uiText.notFoundTitle}</h1>
      <p>{uiText.notFoundBody}</p>
      <p>
        <Link to="/">{uiText.backHome}</Link>
      </p>
    </section>
  );
}
