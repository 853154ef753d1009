import { Link } from 'react-router-dom';
import { tagSearch } from '../use-hashtag-filter.ts';
import styles from './hashtags.module.css';

type Props = {
  readonly tag: string;
  /** The tag as written, `#` included; it is also the link's accessible name. */
  readonly written?: string;
  readonly active: boolean;
  /** 'chip' in the tag list (a full-size target), 'inline' inside running text. */
  readonly variant?: 'chip' | 'inline';
};

/** A hashtag as a control: a link that filters the article by it. */
export function HashtagLink({ tag, written, active, variant = 'chip' }: Props) {
  return (
    <Link to={{ search: tagSearch(tag) }} className={variant === 'chip' ? styles.tag : styles.inline} aria-current={active ? 'true' : undefined} preventScrollReset>
      {written ?? `#${tag}`}
    </Link>
  );
}
