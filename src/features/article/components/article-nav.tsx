import { Link } from 'react-router-dom';
import { articleText } from '../../../lib/ui-text.ts';
import { BidiText } from '../../../ui/bidi-text.tsx';
import styles from './article-view.module.css';

export type ArticleLink = { readonly href: string; readonly title: string };

/** The next or previous article: what it is, then its headline as a link. */
function NeighbourItem({ label, link }: { label: string; link: ArticleLink }) {
  return (
    <li>
      <span className={styles.navLabel}>{label}</span>
      <Link to={link.href}>
        {/* One item of the link's flex box: the title's isolated runs stay in its line. */}
        <span>
          <BidiText text={link.title} />
        </span>
      </Link>
    </li>
  );
}

/** Where to go after the article: the next one either way in the archive, and the list. */
export function ArticleNav({ newer, older }: { newer: ArticleLink | null; older: ArticleLink | null }) {
  return (
    <nav className={`${styles.articleNav} print-hidden`} aria-labelledby="more-articles">
      <h2 id="more-articles" className={styles.navTitle}>
        {articleText.moreArticles}
      </h2>
      <ul className={styles.navList}>
        {newer && <NeighbourItem label={articleText.newerArticle} link={newer} />}
        {older && <NeighbourItem label={articleText.olderArticle} link={older} />}
        <li>
          <Link to="/">{articleText.allArticles}</Link>
        </li>
      </ul>
    </nav>
  );
}
