import { memo, useEffect, useRef, type FocusEvent } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { pathOf } from '../../../lib/addresses.ts';
import { formatNumber } from '../../../lib/format.ts';
import { appText, hashtagText } from '../../../lib/ui-text.ts';
import { useDigitStyle } from '../../../ui/digit-style.tsx';
import { Digits } from '../../../ui/digits.tsx';
import type { TagFilter } from '../lib/filter-state.ts';
import type { TagEntry, TagIndex } from '../lib/tag-index.ts';
import { HashtagLink } from './hashtag-link.tsx';
import styles from './hashtags.module.css';

/** One tag of the list with its count; memoized, so a filter change re-renders two items, not all. */
const TagItem = memo(function TagItem({ entry, active }: { entry: TagEntry; active: boolean }) {
  return (
    <li className={styles.item}>
      <HashtagLink tag={entry.label} active={active} />
      <span className={styles.count} aria-hidden="true">
        <Digits>{(style) => formatNumber(entry.count, style)}</Digits>
      </span>
      <span className="visually-hidden">
        <Digits>{(style) => hashtagText.hashtagCount(entry.count, style)}</Digits>
      </span>
    </li>
  );
});

function statusOf(filter: TagFilter, totalBlocks: number, digits: ReturnType<typeof useDigitStyle>): string {
  switch (filter.kind) {
    case 'none':
      return '';
    case 'invalid':
      return hashtagText.filterInvalid;
    case 'active':
      return filter.visible.size === 0
        ? hashtagText.filterEmpty(filter.label)
        : hashtagText.filterShowing(filter.visible.size, totalBlocks, filter.label, digits);
  }
}

/**
 * On a phone the chips are one row that scrolls sideways. Focus scrolls a chip into sight only
 * when none of it shows, so one reached with Tab could stay half cut: bring it in whole.
 */
function revealFocused(event: FocusEvent<HTMLUListElement>) {
  if (event.target instanceof HTMLElement) event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * The active tag's chip is brought to the middle of the list when any of it is out of sight
 * (a shared `?tag=` link, a tag tapped in a tweet, Back): the list scrolls, never the page.
 */
function revealActive(list: HTMLUListElement | null) {
  const chip = list?.querySelector('[aria-current="true"]')?.closest('li');
  if (!list || !chip) return;
  const outer = list.getBoundingClientRect();
  const inner = chip.getBoundingClientRect();
  if (inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom) return;
  // Physical offsets: the same in a right-to-left list, whatever its scroll origin.
  list.scrollBy({ left: inner.left + inner.width / 2 - (outer.left + outer.width / 2), top: inner.top + inner.height / 2 - (outer.top + outer.height / 2) });
}

type Props = {
  readonly index: TagIndex;
  readonly filter: TagFilter;
  /** The article's tags that have a page across the archive: key, and that page's label. */
  readonly siteTags: readonly (readonly [key: string, label: string])[];
};

/**
 * The article's hashtags with counts, the filter's status (announced), a way back, and the
 * active tag everywhere in Sahifa (its page across the archive).
 */
export function HashtagFilterBar({ index, filter, siteTags }: Props) {
  const digits = useDigitStyle();
  const { pathname } = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const activeKey = filter.kind === 'active' ? filter.key : null;
  // An invalid `?tag=`, or a tag the article has nowhere, hides nothing (only its notice
  // shows), so there is nothing to clear.
  const filtered = filter.kind === 'active' && filter.visible.size > 0;
  // Clearing removes the control that had focus: give focus to the list's heading instead of the page.
  const wasFiltered = useRef(filtered);
  useEffect(() => {
    if (wasFiltered.current && !filtered && (document.activeElement === document.body || document.activeElement === null)) {
      headingRef.current?.focus();
    }
    wasFiltered.current = filtered;
  }, [filtered]);
  useEffect(() => revealActive(listRef.current), [activeKey]);
  const everywhere = activeKey === null ? undefined : siteTags.find(([key]) => key === activeKey)?.[1];
  if (index.tags.length === 0 && filter.kind === 'none') return null;
  return (
    <nav className={styles.bar} aria-labelledby="hashtags-title" data-filtered={filtered ? '' : undefined}>
      <h2 id="hashtags-title" className={styles.title} ref={headingRef} tabIndex={-1}>
        {hashtagText.hashtagsTitle}
      </h2>
      <ul ref={listRef} className={styles.list} onFocus={revealFocused}>
        {index.tags.map((entry) => (
          <TagItem key={entry.key} entry={entry} active={entry.key === activeKey} />
        ))}
      </ul>
      <p className={styles.status} role="status" aria-live="polite" data-pending={appText.pageLoading}>
        {statusOf(filter, index.totalBlocks, digits)}
      </p>
      {everywhere !== undefined && (
        <Link to={pathOf({ kind: 'tag', label: everywhere, page: 1 }) ?? '/tags'} className={styles.everywhere}>
          {hashtagText.everywhere(everywhere)}
        </Link>
      )}
      {filtered && (
        // A plain link to the page without its query, handled with the tag links (useTagLinkClicks).
        <a href={pathname} data-tag-link="" className={styles.clear}>
          {hashtagText.filterClear}
        </a>
      )}
    </nav>
  );
}
