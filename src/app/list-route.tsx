import { Link } from 'react-router-dom';
import { articleText, appText } from '../lib/ui-text.ts';
import { formatArabicDate } from '../lib/format.ts';
import { pathOf } from '../lib/addresses.ts';
import { Digits } from '../ui/digits.tsx';
import type { ArticleSummary, ListPageData } from './page-data.ts';
import styles from './list-route.module.css';

function ArticleItem({ summary }: { summary: ArticleSummary }) {
  const { date } = summary;
  return (
    <li className={styles.item}>
      <Link to={pathOf({ kind: 'article', slug: summary.slug }) ?? '/'} className={styles.link}>
        {summary.headline.text}
      </Link>
      <p className={styles.meta}>
        {date && (
          <time dateTime={date.iso}>
            <Digits>
              {(digits) => (date.status === 'inferred' ? articleText.dateInferred : articleText.dateStated)(formatArabicDate(date.iso, digits))}
            </Digits>
          </time>
        )}
        <span>
          <Digits>{(digits) => articleText.readingTime(summary.readingMinutes, digits)}</Digits>
        </span>
      </p>
    </li>
  );
}

/** A page of the archive's list of articles, newest first. */
export function ListRoute({ data }: { data: ListPageData }) {
  return (
    <section aria-labelledby="collection-title" className={styles.collection}>
      <h1 id="collection-title">{appText.collectionTitle}</h1>
      <p className={styles.lede}>{appText.collectionDescription}</p>
      <ul className={styles.list}>
        {data.articles.map((summary) => (
          <ArticleItem key={summary.slug} summary={summary} />
        ))}
      </ul>
    </section>
  );
}
