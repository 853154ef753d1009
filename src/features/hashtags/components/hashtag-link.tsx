import { useMemo } from 'react';
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

/**
 * A hashtag as a control: a link that filters the article by it. A plain link, not the router's
 * <Link> (which re-renders on every navigation, a thousand times over in a long article): the
 * article handles its clicks in one place (useTagLinkClicks), and without script it still works.
 */
export function HashtagLink({ tag, written, active, variant = 'chip' }: Props) {
  const isActiveTag = useIsActiveTag();
  const current = active ?? isActiveTag(tag);
  // A filter change reaches every tag through the context; only those whose state changed
  // render their link again.
  return useMemo(
    () => (
      <a
        href={tagSearch(tag)}
        data-tag-link=""
        className={variant === 'chip' ? styles.tag : styles.inline}
        aria-current={current ? 'true' : undefined}
      >
        {written ?? `#${tag}`}
      </a>
    ),
    [tag, written, variant, current],
  );
}
