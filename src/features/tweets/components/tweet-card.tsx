import { memo, useMemo, type ReactNode } from 'react';
import type { TweetBlock } from '../../../content/schema.ts';
import { tweetText } from '../../../lib/ui-text.ts';
import { BidiText } from '../../../ui/bidi-text.tsx';
import { PictureIcon } from '../../../ui/icons.tsx';
import { buildTweetModel, type TweetEntity, type TweetModel } from '../lib/tweet-model.ts';
import styles from './tweet-card.module.css';
import { DateText } from '../../../ui/date-text.tsx';

export type HashtagRenderer = (tag: string, written: string) => ReactNode;

type Props = {
  readonly block: TweetBlock;
  /** How a hashtag becomes a control (the hashtag feature supplies a filter link). */
  readonly renderHashtag: HashtagRenderer;
  readonly hidden?: boolean;
  /** Controls in the card's footer (the share button); a stable function, so memoizing holds. */
  readonly renderActions?: (block: TweetBlock) => ReactNode;
  readonly highlighted?: boolean;
  /** The place a source's stepper is at. */
  readonly current?: boolean;
};

function Entity({ entity, renderHashtag }: { entity: TweetEntity; renderHashtag: HashtagRenderer }) {
  switch (entity.type) {
    case 'text':
      return <BidiText text={entity.text} />;
    case 'hashtag':
      return renderHashtag(entity.tag, entity.written);
    case 'media':
      return (
        <a className={styles.chip} href={entity.href} rel="noopener noreferrer" aria-label={tweetText.mediaLabel(entity.written)}>
          <span className={styles.onScreen}>
            <PictureIcon />
            {tweetText.mediaChip}
          </span>
          {/* On paper a chip is no way to the picture: its address is. */}
          <bdi dir="ltr" className={styles.onPaper}>
            {entity.written}
          </bdi>
        </a>
      );
    case 'link':
      return (
        <a className={styles.chip} href={entity.href} rel="noopener noreferrer" aria-label={tweetText.linkLabel(entity.written)}>
          <bdi dir="ltr">{entity.written}</bdi>
        </a>
      );
  }
}

/** A private, static card for an embedded tweet: no script, no iframe, no request to X. */
export const TweetCard = memo(function TweetCard({ block, renderHashtag, hidden, renderActions, highlighted, current }: Props) {
  const tweet = useMemo(() => buildTweetModel(block), [block]);
  return (
    <article
      id={tweet.id}
      className={styles.card}
      aria-label={tweetText.tweetFrom(tweet.authorName)}
      data-block="tweet"
      data-highlighted={highlighted ? 'true' : undefined}
      data-current={current ? 'true' : undefined}
      tabIndex={-1}
      hidden={hidden}
    >
      <TweetCardBody block={block} tweet={tweet} renderHashtag={renderHashtag} renderActions={renderActions} />
    </article>
  );
});

type BodyProps = Pick<Props, 'block' | 'renderHashtag' | 'renderActions'> & { readonly tweet: TweetModel };

/** The card's content, memoized apart from the card: a filter or a highlight only touches the card. */
const TweetCardBody = memo(function TweetCardBody({ block, tweet, renderHashtag, renderActions }: BodyProps) {
  const headingId = `author-${tweet.id}`;
  const unavailable = tweet.availability === 'deleted' || tweet.availability === 'withheld' ? tweet.availability : null;
  return (
    <>
      <header className={styles.header}>
        <span className={styles.avatar} aria-hidden="true">
          {tweet.monogram}
        </span>
        <span className={styles.who}>
          {/* Its direction from its first letter (a bdi's own), as X shows a name, and the sources
              list; its Latin runs isolated, so that a name that wraps keeps each run's order. */}
          <bdi className={styles.name} id={headingId}>
            <BidiText text={tweet.authorName} />
          </bdi>
          <a className={styles.handle} href={tweet.profileHref} rel="noopener noreferrer" aria-label={tweetText.profileLink(tweet.handle)}>
            <bdi dir="ltr">@{tweet.handle}</bdi>
          </a>
        </span>
      </header>
      {unavailable && (
        <p className={styles.notice} role="note">
          {tweetText.unavailable[unavailable]}
        </p>
      )}
      <blockquote className={styles.text} dir={tweet.direction} lang={tweet.lang}>
        {tweet.lines.map((line, index) => (
          <p key={index} className={styles.line}>
            {line.map((entity, entityIndex) => (
              <Entity key={entityIndex} entity={entity} renderHashtag={renderHashtag} />
            ))}
          </p>
        ))}
      </blockquote>
      <footer className={styles.footer}>
        {tweet.dateIso ? (
          <time dateTime={tweet.dateIso} title={tweetText.originalDate(tweet.dateOriginal)}>
            <DateText iso={tweet.dateIso} />
          </time>
        ) : (
          <bdi>{tweet.dateOriginal}</bdi>
        )}
        {/* Only to the tweet itself: the handle above already links to the account. */}
        {tweet.statusHref && (
          <a href={tweet.statusHref} rel="noopener noreferrer" className={styles.viewOnX}>
            {tweetText.viewOnX}
          </a>
        )}
        {renderActions?.(block)}
      </footer>
    </>
  );
});
