import { Fragment } from 'react';
import { articleText, sourcesText } from '../../../lib/ui-text.ts';
import { BidiText } from '../../../ui/bidi-text.tsx';
import { Digits } from '../../../ui/digits.tsx';
import { toSafeUrl } from '../../../lib/safe-url.ts';
import { formatNumber } from '../../../lib/format.ts';
import type { SourceModel } from '../lib/source-model.ts';
import styles from './endnotes.module.css';

/**
 * What a printed page needs instead of the sidebar (issue #18): every citation as a numbered
 * note (its number stands after the quoted words in the text), and every source with what the
 * article says of it. Shown only in print.
 */
export function Endnotes({ model, isVisible }: { model: SourceModel; isVisible: (blockId: string) => boolean }) {
  const nameOf = new Map(model.entries.map((entry) => [entry.source.id, entry.source.name]));
  // A filtered page prints only the notes of the paragraphs it shows, under their numbers in the text.
  const notes = model.endnotes.filter((note) => isVisible(note.blockId));
  if (model.entries.length === 0) return null;
  return (
    <section className={`${styles.endnotes} print-only`} aria-labelledby={notes.length > 0 ? 'endnotes-title' : 'endnotes-sources-title'}>
      {notes.length > 0 && (
        <>
          <h2 id="endnotes-title" className={styles.title}>
            {articleText.endnotesTitle}
          </h2>
          <ol className={styles.notes}>
            {notes.map((note) => (
              <li key={note.citationId} value={note.number}>
                <span className={styles.number}>
                  <Digits>{(digits) => `${formatNumber(note.number, digits)}.`}</Digits>
                </span>{' '}
                «<BidiText text={note.quote} />» — <BidiText text={nameOf.get(note.sourceId) ?? ''} />
              </li>
            ))}
          </ol>
        </>
      )}
      <h2 id="endnotes-sources-title" className={styles.title}>
        {articleText.sourcesInPrint}
      </h2>
      <ul className={styles.sources}>
        {model.entries.map(({ source, handles }) => {
          const link = source.link ? toSafeUrl(source.link) : null;
          return (
            <li key={source.id}>
              <strong>
                <BidiText text={source.name} />
              </strong>
              {handles.map((handle) => (
                // The space stays outside the left-to-right run: inside it, it would stand at the run's far end.
                <Fragment key={handle}>
                  {' '}
                  <bdi dir="ltr">@{handle}</bdi>
                </Fragment>
              ))}
              {' — '}
              {sourcesText.sourceKinds[source.kind]}. <BidiText text={source.affiliation.text} />
              {link && (
                <>
                  {' '}
                  <bdi dir="ltr">{link.host}</bdi>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
