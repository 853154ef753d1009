import { Link } from 'react-router-dom';
import { tagPagesText } from '../lib/archive-text.ts';
import { MarkedText } from './marked-text.tsx';
import styles from './place-quote.module.css';

type Props = {
  readonly kind: 'paragraph' | 'tweet';
  /** A tweet's author's name. */
  readonly author: string | null;
  readonly text: string;
  readonly marks: readonly (readonly [number, number])[];
  /** The place in its article. */
  readonly href: string;
};

/** A paragraph or tweet found elsewhere (a tag's page, a search): its text, matches marked, and the way to it. */
export function PlaceQuote({ kind, author, text, marks, href }: Props) {
  return (
    <>
      <p className={styles.kind}>{kind === 'tweet' && author !== null ? tagPagesText.tweetBy(author) : tagPagesText.paragraph}</p>
      <blockquote className={styles.quote} cite={href}>
        <p>
          <MarkedText text={text} marks={marks.map(([start, end]) => ({ start, end }))} />
        </p>
      </blockquote>
      <Link to={href} className={styles.read}>
        {kind === 'tweet' ? tagPagesText.readTweet : tagPagesText.readParagraph}
      </Link>
    </>
  );
}
