import { memo, useEffect, useRef } from 'react';
import { toSafeUrl } from '../../../lib/safe-url.ts';
import { sourcesText } from '../../../lib/ui-text.ts';
import { BidiText } from '../../../ui/bidi-text.tsx';
import { DateText } from '../../../ui/date-text.tsx';
import { Digits } from '../../../ui/digits.tsx';
import { ChevronIcon } from '../../../ui/icons.tsx';
import { useEarlyTap } from '../../../ui/early-tap.ts';
import { useMediaQuery } from '../../../ui/use-media-query.ts';
import { sourceElementId, type SourceEntry, type SourceModel } from '../lib/source-model.ts';
import type { SourceSelection } from '../use-source-selection.ts';
import { NARROW_QUERY, SOURCES_DRAWER_ID, closeDrawer } from './sources-drawer.ts';
import styles from './sources.module.css';

type Props = { readonly model: SourceModel; readonly selection: SourceSelection };

const CLAIMS_BAR_ATTRIBUTE = 'data-claims-bar';

function Stepper({ entry, selection }: { entry: SourceEntry; selection: SourceSelection }) {
  return (
    <div className={styles.stepper}>
      <button
        type="button"
        className={styles.step}
        aria-label={sourcesText.sourcePrevious}
        onClick={() => {
          // The place it goes to must be seen: the drawer gives way.
          closeDrawer();
          selection.step(-1);
        }}
      >
        <ChevronIcon to="right" />
      </button>
      <span className={styles.place}>
        <Digits>{(digits) => sourcesText.sourcePlace(selection.cursor + 1, entry.places.length, digits)}</Digits>
      </span>
      <button
        type="button"
        className={styles.step}
        aria-label={sourcesText.sourceNext}
        data-next
        onClick={() => {
          closeDrawer();
          selection.step(1);
        }}
      >
        <ChevronIcon to="left" />
      </button>
    </div>
  );
}

type EntryProps = {
  readonly entry: SourceEntry;
  readonly selection: SourceSelection;
  readonly commonAsOf: string | null;
  /** In the phone's drawer: the claims bar, not the entry, leads through the claims. */
  readonly inDrawer: boolean;
};

function Entry({ entry, selection, commonAsOf, inDrawer }: EntryProps) {
  const { source, places, unnamed, handles } = entry;
  const id = sourceElementId(source.id);
  const selected = selection.selectedId === source.id;
  const active = selected || selection.pointedId === source.id || selection.revealedId === source.id;
  const link = source.link ? toSafeUrl(source.link) : null;
  return (
    <li id={id} tabIndex={-1} className={styles.entry} data-active={active ? 'true' : undefined}>
      <h3 id={`${id}-name`} className={styles.name}>
        <BidiText text={source.name} />
      </h3>
      {handles.length > 0 && (
        <p className={styles.handles}>
          {handles.map((handle) => (
            <bdi key={handle} dir="ltr">
              @{handle}
            </bdi>
          ))}
        </p>
      )}
      <p className={styles.badges}>
        {/* An unnamed kind says so in its words; the badge is drawn apart too. */}
        <span className={unnamed ? `${styles.badge} ${styles.unnamed}` : styles.badge}>{sourcesText.sourceKinds[source.kind]}</span>
      </p>
      <p className={styles.affiliation}>
        <BidiText text={source.affiliation.text} />
        {source.affiliation.asOf !== commonAsOf && (
          <>
            {' '}
            <span className={styles.asOf}>
              (<DateText iso={source.affiliation.asOf}>{sourcesText.sourceAffiliationAsOf}</DateText>)
            </span>
          </>
        )}
      </p>
      {link && (
        <p className={styles.affiliation}>
          <a href={link.href} rel="noopener noreferrer">
            {sourcesText.sourceWebsite} <bdi dir="ltr">{link.host}</bdi>
          </a>
        </p>
      )}
      <div className={styles.actions}>
        <span className={styles.count}>
          <Digits>{(digits) => sourcesText.claims(places.length, digits)}</Digits>
        </span>
        {places.length > 0 && (
          <button
            type="button"
            className={styles.button}
            aria-pressed={selected}
            // Named with the source: «وكالة سانا… إظهار ما نُسب إليه», the visible words included.
            aria-labelledby={`${id}-name ${id}-show`}
            onClick={() => {
              closeDrawer();
              selection.select(source.id);
            }}
          >
            <span id={`${id}-show`}>{sourcesText.sourceShowPlaces}</span>
          </button>
        )}
      </div>
      {selected && !inDrawer && (
        <>
          {places.length > 1 && <Stepper entry={entry} selection={selection} />}
          <button type="button" className={styles.back} onClick={selection.returnToReading}>
            {sourcesText.backToReading}
          </button>
        </>
      )}
    </li>
  );
}

function SourcesList({ model, selection, inDrawer }: Props & { readonly inDrawer: boolean }) {
  const { summary, commonAsOf } = model;
  return (
    <>
      <p className={styles.summary}>
        <Digits>
          {(digits) =>
            `${sourcesText.summaryUnattributed(summary.paragraphsWithoutAttribution, summary.paragraphs, digits)} ` +
            sourcesText.summaryUnnamed(summary.claimsOnUnnamedSources, summary.claims, digits)
          }
        </Digits>
        {commonAsOf && (
          <>
            {' '}
            <DateText iso={commonAsOf}>{sourcesText.asOfAll}</DateText>
          </>
        )}
      </p>
      <ul className={styles.list}>
        {model.entries.map((entry) => (
          <Entry key={entry.source.id} entry={entry} selection={selection} commonAsOf={commonAsOf} inDrawer={inDrawer} />
        ))}
      </ul>
    </>
  );
}

/** While a phone reader goes through a source's claims, the way on and the way back, at the foot of the screen. */
function ClaimsBar({ model, selection }: Props) {
  const entry = model.entries.find((candidate) => candidate.source.id === selection.selectedId);
  const shown = entry !== undefined;
  const bar = useRef<HTMLDivElement>(null);
  // The page's scroll padding keeps what is focused above the bar (sources.module.css).
  useEffect(() => {
    if (!shown) return;
    document.documentElement.setAttribute(CLAIMS_BAR_ATTRIBUTE, '');
    return () => document.documentElement.removeAttribute(CLAIMS_BAR_ATTRIBUTE);
  }, [shown]);
  // A source chosen in the drawer (which has closed), the same one again too: the way on is
  // where focus goes, so the next press steps on, as in a find bar.
  useEffect(() => {
    const controls = bar.current;
    (controls?.querySelector<HTMLElement>('[data-next]') ?? controls?.querySelector('button'))?.focus();
  }, [selection.chosen]);
  if (!entry) return null;
  return (
    <div
      ref={bar}
      className={`${styles.claimsBar} print-hidden`}
      role="region"
      aria-label={sourcesText.claimsOf(entry.source.name)}
    >
      <p className={styles.claimsName}>
        <BidiText text={entry.source.name} />
      </p>
      {entry.places.length > 1 && <Stepper entry={entry} selection={selection} />}
      <button type="button" className={styles.back} onClick={selection.returnToReading}>
        {sourcesText.backToReading}
      </button>
      <button
        type="button"
        className={`${styles.step} ${styles.close}`}
        aria-label={sourcesText.claimsClose}
        onClick={() => {
          // The bar goes, focus stays where the reader is: on the claim it was at.
          if (selection.current) document.getElementById(selection.current.elementId)?.focus({ preventScroll: true });
          selection.clear();
        }}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

/**
 * While a source's claims are shown, Escape leaves them as «العودة إلى موضع القراءة» does (back
 * where the reader was), wherever focus is: in the stepper, the bar, the text or the page. A
 * dialog or a field (the search's) keeps its own Escape.
 */
function useEscapeLeavesClaims({ selectedId, returnToReading }: SourceSelection): void {
  useEffect(() => {
    if (selectedId === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('dialog,input')) return;
      returnToReading();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [selectedId, returnToReading]);
}

/**
 * The sources: beside the article on wide screens, a drawer on smaller ones. Memoized: a hashtag
 * filter does not touch it.
 */
export const SourcesPanel = memo(function SourcesPanel({ model, selection }: Props) {
  const narrow = useMediaQuery(NARROW_QUERY);
  const aside = useRef<HTMLElement>(null);
  const drawer = useRef<HTMLDialogElement>(null);
  // A source's button tapped before the app started (the sidebar as prerendered) does its job now.
  useEarlyTap(aside);
  useEscapeLeavesClaims(selection);
  if (model.entries.length === 0) return null;
  const reached = selection.current;
  // Focus stays on the stepper: what it reaches is said here (silent until a source is chosen).
  const said = (
    <p className="visually-hidden" aria-live="polite">
      {reached && <Digits>{(digits) => sourcesText.placeReached(selection.cursor + 1, selection.placeCount, reached.text, reached.type === 'tweet', digits)}</Digits>}
    </p>
  );
  if (!narrow) {
    return (
      <>
        <aside ref={aside} className={styles.aside} aria-labelledby="sources-title">
          <h2 id="sources-title" className={styles.title}>
            {sourcesText.sourcesTitle}
          </h2>
          <SourcesList model={model} selection={selection} inDrawer={false} />
        </aside>
        {said}
      </>
    );
  }
  return (
    <>
      {said}
      <dialog
        ref={drawer}
        id={SOURCES_DRAWER_ID}
        className={styles.drawer}
        aria-labelledby="sources-title"
        // A tap on the backdrop lands on the dialog itself, outside its content: it closes it.
        onClick={(event) => {
          if (event.target === drawer.current) closeDrawer();
        }}
      >
        <div className={styles.drawerHead}>
          <h2 id="sources-title" className={styles.title}>
            {sourcesText.sourcesTitle}
          </h2>
          <button type="button" className={styles.button} onClick={closeDrawer}>
            {sourcesText.sourcesClose}
          </button>
        </div>
        <aside className={styles.drawerBody} aria-labelledby="sources-title">
          <SourcesList model={model} selection={selection} inDrawer />
        </aside>
      </dialog>
      <ClaimsBar model={model} selection={selection} />
    </>
  );
});
