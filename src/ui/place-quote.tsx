import { Link } from 'react-router-dom';
import { placeText } from '../lib/place-text.ts';
import type { TextRange } from '../lib/arabic-normalize.ts';
import { BidiText } from './bidi-text.tsx';
import { MarkedText } from './marked-text.tsx';
import { blockDirection } from '../lib/text-direction.ts';
import styles from './place-quote.module.css';

type Props = {
  readonly kind: 'paragraph' | 'tweet';
  /** A tweet's author's name, and their handle. */
  readonly author: string | null;
  readonly handle: string | null;
  readonly text: string;
  readonly marks: readonly (readonly [number, number])[];
  /** Where a search's terms are in the author's name or handle (a search finds tweets by them). */
  readonly markAuthor?: (text: string) => readonly TextRange[];
  /** The place in its article. */
  readonly href: string;
};

/** «في مقال …»: the article a place (or a group of places) is in, its headline a link when given one. */
export function PlaceArticleHeading({ headline, href, id }: { headline: string; href?: string; id?: string }) {
  return (
    <h2 id={id} className={styles.headline}>
      {/* «في مقال «…»»: the headline quoted, so the line does not read as one sentence. */}
      <span className={styles.inArticle}>{placeText.inArticle}</span> «{href === undefined ? <BidiText text={headline} /> : <Link to={href}><BidiText text={headline} /></Link>}»
    </h2>
  );
}

/** A paragraph or tweet found elsewhere (a tag's page, a search): its text, matches marked, and the way to it. */
export function PlaceQuote({ kind, author, handle, text, marks, href, markAuthor = () => [] }: Props) {
  return (
    <>
      <p className={styles.kind}>
        {kind === 'tweet' && author !== null ? (
          <>
            {placeText.tweetFrom}{' '}
            <bdi>
              <MarkedText text={author} marks={markAuthor(author)} />
            </bdi>
            {handle !== null && (
              <>
                {' '}
                <bdi dir="ltr">
                  @<MarkedText text={handle} marks={markAuthor(handle)} />
                </bdi>
              </>
            )}
          </>
        ) : (
          placeText.paragraph
        )}
      </p>
      <blockquote className={styles.quote} cite={href}>
        {/* Left to right for a text in a left-to-right script, as the article shows it: its stop at its end. */}
        <p dir={blockDirection(kind, text) === 'ltr' ? 'ltr' : undefined}>
          <MarkedText text={text} marks={marks.map(([start, end]) => ({ start, end }))} />
        </p>
      </blockquote>
      <Link to={href} className={styles.read}>
        {kind === 'tweet' ? placeText.readTweet : placeText.readParagraph}
      </Link>
    </>
  );
}
