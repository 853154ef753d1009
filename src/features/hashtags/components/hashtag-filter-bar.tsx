import { memo, use, useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { formatNumber } from '../../../lib/format.ts';
import { stripBidiControls } from '../../../lib/text-direction.ts';
import { hashtagText } from '../../../lib/ui-text.ts';
import { useDigitStyle } from '../../../ui/digit-style.tsx';
import type { Article } from '../../../content/schema.ts';
import type { HashtagEntry, TagFilterState } from '../lib/filter-state.ts';
import { loadHashtagIndex, peekLoadedHashtagIndex } from '../use-hashtag-filter.ts';
import type { HashtagIndex } from '../lib/hashtag-filter.ts';
import { HashtagLink } from './hashtag-link.tsx';
import styles from './hashtags.module.css';
import { Digits } from '../../../ui/digits.tsx';

/** One tag of the list with its count; memoized, so a filter change re-renders two items, not all. */
const TagItem = memo(function TagItem({ entry, active }: { entry: HashtagEntry; active: boolean }) {
  return (
    <li className={styles.item}>
      <HashtagLink tag={entry.label} active={active} />
      <span className={styles.count} aria-hidden="true">
        <Digits>{(style) => formatNumber(entry.count, style)}</Digits>
      </span>
      <span className="visually-hidden">
        <Digits>{(style) => hashtagText.hashtagCount(formatNumber(entry.count, style))}</Digits>
      </span>
    </li>
  );
});

/**
 * The article's hashtags with counts, the filter's status (announced) and a way back. It waits
 * (suspends) for the tag index, built in slices after hydration; until then the prerendered list
 * stays in place. Nothing but that wait happens here: React replays a component that suspended,
 * and hooks after the wait would not match on the replay.
 */
export function HashtagFilterBar({ article, state }: { article: Article; state: TagFilterState }) {
  const { index } = peekLoadedHashtagIndex(article) ?? use(loadHashtagIndex(article));
  return <FilterBar index={index} state={state} />;
}

function FilterBar({ index, state }: { index: HashtagIndex; state: TagFilterState }) {
  const digits = useDigitStyle();
  const { pathname } = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const activeKey = state.kind === 'active' ? state.key : null;
  const filtered = state.kind !== 'none';

  // Clearing removes the control that had focus: give focus to the list's heading instead of the page.
  const wasFiltered = useRef(filtered);
  useEffect(() => {
    if (wasFiltered.current && !filtered && (document.activeElement === document.body || document.activeElement === null)) {
      headingRef.current?.focus();
    }
    wasFiltered.current = filtered;
  }, [filtered]);

  if (index.entries.length === 0 && !filtered) return null;
  const n = (value: number) => formatNumber(value, digits);
  let status = '';
  if (state.kind === 'invalid') status = hashtagText.filterInvalid;
  else if (state.kind === 'active') {
    const tag = stripBidiControls(state.label);
    status =
      state.result.visibleIds.size === 0
        ? hashtagText.filterEmpty(tag)
        : hashtagText.filterShowing(n(state.result.visibleIds.size), n(index.totalBlocks), tag);
  }

  return (
    <nav className={styles.bar} aria-labelledby="hashtags-title">
      <h2 id="hashtags-title" className={styles.title} ref={headingRef} tabIndex={-1}>
        {hashtagText.hashtagsTitle}
      </h2>
      <ul className={styles.list}>
        {index.entries.map((entry) => (
          <TagItem key={entry.key} entry={entry} active={entry.key === activeKey} />
        ))}
      </ul>
      <p className={styles.status} role="status" aria-live="polite">
        {status}
      </p>
      {filtered && (
        // A plain link to the page without its query, handled with the tag links (useTagLinkClicks).
        <a href={pathname} data-tag-link="" className={styles.clear}>
          {hashtagText.filterClear}
        </a>
      )}
    </nav>
  );
}
