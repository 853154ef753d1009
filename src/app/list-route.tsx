import { Link } from 'react-router-dom';
import { pagesText } from '../lib/archive-text.ts';
import { pathOf } from '../lib/addresses.ts';
import { appText, articleText } from '../lib/ui-text.ts';
import { listText } from '../lib/list-text.ts';
import { DateText, MonthStyleContext } from '../ui/date-text.tsx';
import { Digits } from '../ui/digits.tsx';
import type { ArticleSummary, ListPageData } from './page-data.ts';
import styles from './list-route.module.css';
import { FactList } from '../ui/fact-list.tsx';
import { BidiText } from '../ui/bidi-text.tsx';
import { Pagination } from '../ui/pagination.tsx';

function ArticleItem({ summary }: { summary: ArticleSummary }) {
  const { date } = summary;
  return (
    <li className={styles.item}>
      <h2 className={styles.headline}>
        <Link to={pathOf({ kind: 'article', slug: summary.slug }) ?? '/'} className={styles.link}>
          <BidiText text={summary.headline.text} />
        </Link>
      </h2>
      <FactList className={styles.facts}>
        <li>
          {date ? (
            <time dateTime={date.iso}>
              <MonthStyleContext value={summary.dateStyle ?? 'standard'}>
                <DateText iso={date.iso}>{date.status === 'inferred' ? articleText.dateInferred : articleText.dateStated}</DateText>
              </MonthStyleContext>
            </time>
          ) : (
            listText.undated
          )}
        </li>
        <li>
          <Digits>{(digits) => articleText.readingTime(summary.readingMinutes, digits)}</Digits>
        </li>
      </FactList>
      {/* The lede's opening; after the headline when the headline is its first words (articleOpening). */}
      <p className={styles.lede}>
        <BidiText text={summary.lede} />
      </p>
    </li>
  );
}

/** A page of the archive's list of articles, newest first. */
export function ListRoute({ data }: { data: ListPageData }) {
  return (
    <section aria-labelledby="collection-title" className={styles.collection}>
      <h1 id="collection-title">{appText.collectionTitle}</h1>
      <p className={styles.intro}>
        {pagesText.collectionDescription}
        {data.pageCount > 1 && (
          <>
            {' '}
            <Digits>{(digits) => listText.pageOf(data.page, data.pageCount, digits)}</Digits>
          </>
        )}
      </p>
      <ul className={styles.list}>
        {data.articles.map((summary) => (
          <ArticleItem key={summary.slug} summary={summary} />
        ))}
      </ul>
      <Pagination page={data.page} pageCount={data.pageCount} label={listText.pagination} pathOfPage={(number) => pathOf({ kind: 'list', page: number }) ?? '/'} />
    </section>
  );
}
