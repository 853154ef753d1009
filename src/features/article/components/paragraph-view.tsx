import { Fragment, memo, useMemo, type ReactNode } from 'react';
import type { ParagraphBlock } from '../../../content/schema.ts';
import type { TextRange } from '../../../lib/arabic-normalize.ts';
import { groupByCitation, segmentText, type CitationRange } from '../../../lib/segments.ts';
import { blockDirection } from '../../../lib/text-direction.ts';
import { Segments } from '../../../ui/marked-text.tsx';
import styles from './article-view.module.css';

type Props = {
  readonly block: ParagraphBlock;
  readonly hidden?: boolean;
  /** Ranges to mark (a hashtag filter's matches). */
  readonly marks?: readonly TextRange[] | undefined;
  /** Attributed spans; each becomes a focusable element linked to its source. */
  readonly citations?: readonly CitationRange[] | undefined;
  readonly renderCitation?: (citationId: string, children: ReactNode) => ReactNode;
  /** Controls after the text (the share button); a stable function, so memoizing holds. */
  readonly renderActions?: (block: ParagraphBlock) => ReactNode;
  /** This paragraph is the target of the URL's fragment. */
  readonly targeted?: boolean;
};

/**
 * One paragraph of the article, with its stored id as the anchor. Memoized: in a long article a
 * filter or a selection re-renders only the paragraphs whose props changed, and hiding or
 * highlighting one touches only its wrapper.
 */
export const ParagraphView = memo(function ParagraphView({ block, hidden, marks, citations, renderCitation, renderActions, targeted }: Props) {
  return (
    <div
      className={styles.block}
      data-target={targeted ? 'true' : undefined}
      hidden={hidden}
    >
      <ParagraphBody block={block} marks={marks} citations={citations} renderCitation={renderCitation} renderActions={renderActions} />
    </div>
  );
});

type BodyProps = Pick<Props, 'block' | 'marks' | 'citations' | 'renderCitation' | 'renderActions'>;

const ParagraphBody = memo(function ParagraphBody({ block, marks, citations, renderCitation, renderActions }: BodyProps) {
  const groups = useMemo(() => groupByCitation(segmentText(block.text, { marks: marks ?? [], citations: citations ?? [] })), [block.text, marks, citations]);
  const actions = renderActions?.(block);
  return (
    <>
      {/* A paragraph in a left-to-right script reads left to right: its closing stop stays at its end. */}
      <p id={block.id} data-block="paragraph" tabIndex={-1} className={styles.paragraph} dir={blockDirection('paragraph', block.text) === 'ltr' ? 'ltr' : undefined}>
        {groups.map((group) => {
          const content = <Segments segments={group.segments} />;
          const key = group.segments[0]?.start ?? 0;
          return group.citationId && renderCitation ? (
            <Fragment key={key}>{renderCitation(group.citationId, content)}</Fragment>
          ) : (
            <Fragment key={key}>{content}</Fragment>
          );
        })}
      </p>
      {actions && <div className={`${styles.actions} print-hidden`}>{actions}</div>}
    </>
  );
});
