import { Link } from 'react-router-dom';
import { useIsActiveTag } from '../active-tag-context.ts';
import { tagSearch } from '../use-hashtag-filter.ts';
import styles from './hashtags.module.css';

type Props = {
  readonly tag: string;
  /** The tag as written, `#` included; it is also the link's accessible name. */
  readonly written?: string;
  /** Marks the link as the active filter; inside tweets the filter's context decides. */
  readonly active?: boolean;
  /** 'chip' in the tag list (a full-size target), 'inline' inside running text. */
  readonly variant?: 'chip' | 'inline';
};

/** A hashtag as a control: a link that filters the article by it. */
export function HashtagLink({ tag, written, active, variant = 'chip' }: Props) {
  const isActiveTag = useIsActiveTag();
  const current = active ?? isActiveTag(tag);
  return (
    <Link to={{ search: tagSearch(tag) }} className={variant === 'chip' ? styles.tag : styles.inline} aria-current={current ? 'true' : undefined} preventScrollReset>
      {written ?? `#${tag}`}
    </Link>
  );
}
