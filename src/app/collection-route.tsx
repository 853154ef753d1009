import { Link } from 'react-router-dom';
import { listArticles } from '../content/articles.ts';
import { formatArabicDate } from '../lib/format.ts';
import { pluralize } from '../lib/plural.ts';
import { uiText } from '../lib/ui-text.ts';
import { articlePath } from './page-meta.ts';
import styles from './collection-route.module.css';
import { Digits } from '../ui/digits.tsx';

export function CollectionRoute() {
  return (
    <section aria-labelledby="collection-title" className={styles.collection}>
      <h1 id="collection-title">{uiText.collectionTitle}</h1>
      <p className={styles.lede}>{uiText.collectionDescription}</p>
      <ul className={styles.list}>
        {listArticles().map((summary) => (
          <li key={summary.slug} className={styles.item}>
            <Link to={articlePath(summary.slug)} className={styles.link}>
              {summary.headline.text}
            </Link>
            <p className={styles.meta}>
              {summary.date && (
                <>
                  <time dateTime={summary.date.iso}>
                    <Digits>{(digits) => formatArabicDate(summary.date?.iso ?? '', digits)}</Digits>
                  </time>
                  {summary.date.status === 'inferred' && ` ${uiText.inferredMark}`}
                  {' · '}
                </>
              )}
              <Digits>{(digits) => pluralize(summary.paragraphCount, uiText.paragraphs, digits)}</Digits>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
