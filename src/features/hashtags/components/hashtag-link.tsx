import { memo, type ReactNode } from 'react';
import { TagBreaks } from '../../../ui/tag-breaks.tsx';
import { tagSearch } from '../use-hashtag-filter.ts';
import styles from './hashtags.module.css';

type Props = {
  readonly tag: string;
  /** The tag as written, `#` included; it is also the link's accessible name. */
  readonly written?: string;
  /** Marks the link as the active filter (aria-current). */
  readonly active?: boolean;
  /** 'chip' in the tag list (a full-size target), 'inline' inside running text. */
  readonly variant?: 'chip' | 'inline';
};

/**
 * A hashtag as a control: a link that filters the article by it. A plain link, not the router's
 * <Link> (which re-renders on every navigation, a thousand times over in a long article): the
 * article handles its clicks in one place (useTagLinkClicks), and without script it still works.
 */
export const HashtagLink = memo(function HashtagLink({ tag, written, active = false, variant = 'chip' }: Props) {
  const link = (text: ReactNode) => (
    <a href={tagSearch(tag)} data-tag-link="" className={variant === 'chip' ? styles.tag : styles.inline} aria-current={active ? 'true' : undefined}>
      {text}
    </a>
  );
  // In running text the break before a tag glued to the one before goes before the link (a chip
  // stands alone in its list).
  return variant === 'inline' ? <TagBreaks text={written ?? `#${tag}`} wrap={link} /> : link(<TagBreaks text={written ?? `#${tag}`} />);
});
