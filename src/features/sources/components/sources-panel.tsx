import { memo, useRef } from 'react';
import { formatArabicDate } from '../../../lib/format.ts';
import { toSafeUrl } from '../../../lib/safe-url.ts';
import { sourcesText } from '../../../lib/ui-text.ts';
import { BidiText } from '../../../ui/bidi-text.tsx';
import { useDigitStyle } from '../../../ui/digit-style.tsx';
import { useMediaQuery } from '../../../ui/use-media-query.ts';
import { useEarlyTap } from '../../../ui/early-tap.ts';
import { sourceElementId, type SourceEntry, type SourceModel } from '../lib/source-model.ts';
import type { SourceSelection } from '../use-source-selection.ts';
import { SOURCES_DRAWER_ID, closeDrawer, openDrawer } from './sources-drawer.ts';
import styles from './sources.module.css';
import { Digits } from '../../../ui/digits.tsx';

/** Below this width the sources are a drawer opened by a button (issue #5). */
export const NARROW_QUERY = '(max-width: 47.99rem)';

type Props = { readonly model: SourceModel; readonly selection: SourceSelection };

function Entry({ entry, selection }: { entry: SourceEntry; selection: SourceSelection }) {
  const digits = useDigitStyle();
  const { source, places, unnamed } = entry;
  const id = sourceElementId(source.id);
  const selected = selection.selectedId === source.id;
  const active = selected || selection.pointedId === source.id;
  const link = source.link ? toSafeUrl(source.link) : null;
  return (
    <li id={id} tabIndex={-1} className={styles.entry} data-active={active ? 'true' : undefined}>
      <h3 id={`${id}-name`} className={styles.name}>
        <BidiText text={source.name} />
      </h3>
      <p className={styles.badges}>
        <span className={styles.badge}>{sourcesText.sourceKinds[source.kind]}</span>
        {unnamed && <span className={`${styles.badge} ${styles.unnamed}`}>{sourcesText.sourceUnnamed}</span>}
      </p>
      <p className={styles.affiliation}>
        <BidiText text={source.affiliation.text} />{' '}
        <span className={styles.asOf}>
          <Digits>{(style) => `(${sourcesText.sourceAffiliationAsOf(formatArabicDate(source.affiliation.asOf, style))})`}</Digits>
        </span>
      </p>
      {link && (
        <p className={styles.affiliation}>
          <a href={link.href} rel="noopener noreferrer">
            {sourcesText.sourceWebsite} <bdi dir="ltr">{link.host}</bdi>
          </a>
        </p>
      )}
      <p className={styles.count}>
        <Digits>{(style) => sourcesText.claims(places.length, style)}</Digits>
      </p>
      {places.length > 0 && (
        <button
          type="button"
          className={styles.button}
          aria-pressed={selected}
          onClick={() => {
            closeDrawer();
            selection.select(source.id);
          }}
        >
          {sourcesText.sourceShowPlaces(source.name)}
        </button>
      )}
      {selected && places.length > 1 && (
        <div className={styles.stepper}>
          <button type="button" className={styles.button} onClick={() => selection.select(source.id, selection.cursor - 1)}>
            {sourcesText.sourcePrevious}
          </button>
          <span aria-live="polite">{sourcesText.sourcePlace(selection.cursor + 1, places.length, digits)}</span>
          <button type="button" className={styles.button} onClick={() => selection.select(source.id, selection.cursor + 1)}>
            {sourcesText.sourceNext}
          </button>
        </div>
      )}
    </li>
  );
}

function SourcesList({ model, selection }: Props) {
  const { summary } = model;
  return (
    <>
      <h2 id="sources-title" className={styles.title}>
        {sourcesText.sourcesTitle}
      </h2>
      <p className={styles.summary}>
        <Digits>
          {(style) =>
            `${sourcesText.summaryUnattributed(summary.paragraphsWithoutAttribution, summary.paragraphs, style)} ` +
            sourcesText.summaryUnnamed(summary.claimsOnUnnamedSources, summary.claims, style)
          }
        </Digits>
      </p>
      <ul className={styles.list}>
        {model.entries.map((entry) => (
          <Entry key={entry.source.id} entry={entry} selection={selection} />
        ))}
      </ul>
    </>
  );
}

/**
 * The sources: beside the article on wide screens, a drawer behind a button on phones. Memoized:
 * a hashtag filter does not touch it.
 */
export const SourcesPanel = memo(function SourcesPanel({ model, selection }: Props) {
  const narrow = useMediaQuery(NARROW_QUERY);
  const aside = useRef<HTMLElement>(null);
  // A source's button tapped before the app started (the sidebar as prerendered) does its job now.
  useEarlyTap(aside);
  if (model.entries.length === 0) return null;
  if (!narrow) {
    return (
      <aside ref={aside} className={styles.aside} aria-labelledby="sources-title">
        <SourcesList model={model} selection={selection} />
      </aside>
    );
  }
  return (
    <>
      <button
        type="button"
        className={styles.opener}
        aria-haspopup="dialog"
        aria-controls={SOURCES_DRAWER_ID}
        onClick={openDrawer}
      >
        {sourcesText.sourcesOpen}
      </button>
      <dialog id={SOURCES_DRAWER_ID} className={styles.drawer} aria-labelledby="sources-title">
        <button type="button" className={`${styles.button} ${styles.close}`} onClick={closeDrawer}>
          {sourcesText.sourcesClose}
        </button>
        <aside className={styles.drawerBody} aria-labelledby="sources-title">
          <SourcesList model={model} selection={selection} />
        </aside>
      </dialog>
    </>
  );
});
