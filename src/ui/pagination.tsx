import { Link } from 'react-router-dom';
import { pageItems } from '../lib/pagination.ts';
import { formatNumber } from '../lib/format.ts';
import { listText } from '../lib/list-text.ts';
import { Digits } from './digits.tsx';
import styles from './pagination.module.css';

type Props = {
  readonly page: number;
  readonly pageCount: number;
  readonly pathOfPage: (page: number) => string;
  /** The navigation's name («صفحات المقالات», «صفحات الوسم»). */
  readonly label: string;
};

/** Previous, next and a window of page numbers (src/lib/pagination.ts), as plain links. */
export function Pagination({ page, pageCount, pathOfPage, label }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className={styles.pagination} aria-label={label}>
      {page > 1 && (
        <Link to={pathOfPage(page - 1)} rel="prev" className={styles.pageLink}>
          {listText.previousPage}
        </Link>
      )}
      <ol className={styles.pages}>
        {pageItems(page, pageCount).map((item) =>
          item.kind === 'gap' ? (
            <li key={`gap-${item.after}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item.page}>
              <Link to={pathOfPage(item.page)} className={styles.pageLink} aria-current={item.page === page ? 'page' : undefined}>
                {/* The number alone on screen (a long window stays one row on a phone); «الصفحة ٢» read. */}
                <span className="visually-hidden">{listText.pageWord} </span>
                <Digits>{(digits) => formatNumber(item.page, digits)}</Digits>
              </Link>
            </li>
          ),
        )}
      </ol>
      {page < pageCount && (
        <Link to={pathOfPage(page + 1)} rel="next" className={styles.pageLink}>
          {listText.nextPage}
        </Link>
      )}
    </nav>
  );
}
