import type { ReactNode } from 'react';
import { formatNumber } from '../../../lib/format.ts';
import { articleText } from '../../../lib/ui-text.ts';
import { citationElementId, sourceElementId, type SourceEntry } from '../lib/source-model.ts';
import { useSourceSelectionContext } from '../source-selection-context.ts';
import styles from './sources.module.css';

type Props = {
  readonly citationId: string;
  /** Its number among the article's citations (print shows it, and the endnotes list it). */
  readonly number: number;
  readonly entry: SourceEntry;
  /** Opens the sources (the drawer on phones) at this source. */
  readonly onOpenSource: (sourceId: string) => void;
  readonly children: ReactNode;
};

/** Scrolls the sidebar (only the sidebar, never the page) so the source's entry shows. */
function revealInSidebar(sourceId: string): void {
  const entry = document.getElementById(sourceElementId(sourceId));
  const sidebar = entry?.closest('aside');
  if (!entry || !sidebar || sidebar.closest('dialog')) return;
  const top = entry.offsetTop;
  const bottom = top + entry.offsetHeight;
  if (top < sidebar.scrollTop || bottom > sidebar.scrollTop + sidebar.clientHeight) {
    sidebar.scrollTo({ top: Math.max(0, top - 16), behavior: 'auto' });
  }
}

/** A quoted, attributed span in the text: points to its source, and lights up with it. */
export function CitationLink({ citationId, number, entry, onOpenSource, children }: Props) {
  const selection = useSourceSelectionContext();
  const sourceId = entry.source.id;
  const active = selection !== null && (selection.selectedId === sourceId || selection.pointedId === sourceId);
  return (
    <a
      id={citationElementId(citationId)}
      href={`#${sourceElementId(sourceId)}`}
      className={styles.citation}
      data-active={active ? 'true' : undefined}
      data-selected={selection?.selectedId === sourceId ? 'true' : undefined}
      data-current={selection?.current?.elementId === citationElementId(citationId) ? 'true' : undefined}
      data-source-label={articleText.citationSource(entry.source.name)}
      // The note's number in print, in both digit styles (CSS shows the reader's): never text of the paragraph.
      data-note-arab={formatNumber(number, 'arab')}
      data-note-latn={formatNumber(number, 'latn')}
      aria-describedby={`${sourceElementId(sourceId)}-name`}
      onPointerEnter={() => selection?.point(sourceId)}
      onPointerLeave={() => selection?.point(null)}
      onFocus={() => {
        selection?.point(sourceId);
        revealInSidebar(sourceId);
      }}
      onBlur={() => selection?.point(null)}
      onClick={(event) => {
        event.preventDefault();
        onOpenSource(sourceId);
      }}
    >
      {children}
    </a>
  );
}
