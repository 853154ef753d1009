import { Link } from 'react-router-dom';
import { appText } from '../lib/ui-text.ts';

export function NotFoundRoute() {
  return (
    <section aria-labelledby="not-found-title" className="narrow">
      <h1 id="not-found-title">{appText.notFoundTitle}</h1>
      <p>{appText.notFoundBody}</p>
      <p>
        <Link to="/">{appText.backHome}</Link>
      </p>
    </section>
  );
}
