import { Link } from 'react-router-dom';
import { articleText } from '../../../lib/ui-text.ts';
import { BidiText } from '../../../ui/bidi-text.tsx';
import styles from './article-view.module.css';

export type ArticleLink = { readonly href: string; readonly title: string };

/** Where to go after the article: the next one either way in the archive, and the list. */
export function ArticleNav({ newer, older }: { newer: ArticleLink | null; older: ArticleLink | null }) {
  return (
    <nav className={`${styles.articleNav} print-hidden`} aria-labelledby="more-articles">
      <h2 id="more-articles" className={styles.navTitle}>
        {articleText.moreArticles}
      </h2>
      <ul className={styles.navList}>
        {newer && (
          <li>
            <span className={styles.navLabel}>{articleText.newerArticle}</span>
            <Link to={newer.href}>
              {/* One item of the link's flex box: the title's isolated runs stay in its line. */}
              <span>
                <BidiText text={newer.title} />
              </span>
            </Link>
          </li>
        )}
        {older && (
          <li>
            <span className={styles.navLabel}>{articleText.olderArticle}</span>
            <Link to={older.href}>
              {/* One item of the link's flex box: the title's isolated runs stay in its line. */}
              <span>
                <BidiText text={older.title} />
              </span>
            </Link>
          </li>
        )}
        <li>
          <Link to="/">{articleText.allArticles}</Link>
        </li>
      </ul>
    </nav>
  );
}
