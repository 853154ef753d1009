import { Fragment, type ReactNode } from 'react';
import type { ParagraphBlock } from '../../../content/schema.ts';
import type { TextRange } from '../../../lib/arabic-normalize.ts';
import { groupByCitation, segmentText, type CitationRange, type TextSegment } from '../../../lib/segments.ts';
import styles from './article-view.module.css';

type Props = {
  readonly block: ParagraphBlock;
  readonly hidden?: boolean;
  /** Ranges to mark (a hashtag filter's matches). */
  readonly marks?: readonly TextRange[] | undefined;
  /** Attributed spans; each becomes a focusable element linked to its source. */
  readonly citations?: readonly CitationRange[] | undefined;
  readonly renderCitation?: (citationId: string, children: ReactNode) => ReactNode;
  /** Controls after the text (the share button). */
  readonly actions?: ReactNode;
  readonly highlighted?: boolean;
  /** This paragraph is the target of the URL's fragment. */
  readonly targeted?: boolean;
};

function Segment({ segment }: { segment: TextSegment }) {
  const text = segment.ltr ? <bdi dir="ltr">{segment.text}</bdi> : segment.text;
  return segment.mark ? <mark>{text}</mark> : text;
}

/** One paragraph of the article, with its stored id as the anchor. */
export function ParagraphView({ block, hidden, marks, citations, renderCitation, actions, highlighted, targeted }: Props) {
  const groups = groupByCitation(segmentText(block.text, { marks: marks ?? [], citations: citations ?? [] }));
  return (
    <div
      className={styles.block}
      data-highlighted={highlighted ? 'true' : undefined}
      data-target={targeted ? 'true' : undefined}
      hidden={hidden}
    >
      <p id={block.id} data-block="paragraph" tabIndex={-1} className={styles.paragraph}>
        {groups.map((group) => {
          const content = group.segments.map((segment) => <Segment key={segment.start} segment={segment} />);
          const key = group.segments[0]?.start ?? 0;
          return group.citationId && renderCitation ? (
            <Fragment key={key}>{renderCitation(group.citationId, content)}</Fragment>
          ) : (
            <Fragment key={key}>{content}</Fragment>
          );
        })}
      </p>
      {actions && <div className={`${styles.actions} print-hidden`}>{actions}</div>}
    </div>
  );
}
