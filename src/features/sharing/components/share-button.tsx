import { useId, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { excerpt } from '../../../lib/excerpt.ts';
import { shareText } from '../../../lib/ui-text.ts';
import { isModifiedClick } from '../../../ui/modified-click.ts';
import { useHydrated } from '../../../ui/use-hydrated.tsx';
import { buildBlockUrl } from '../lib/share-link.ts';
import styles from './share-button.module.css';

/** A chain-link icon, drawn inline so no emoji font or image request is needed. */
function LinkIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" />
      <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
    </svg>
  );
}

type Props = {
  readonly blockId: string;
  readonly kind: 'paragraph' | 'tweet';
  /** The block's text, for the share sheet's excerpt. */
  readonly text: string;
  readonly title: string;
};

type State = { readonly status: 'idle' } | { readonly status: 'copied' } | { readonly status: 'refused'; readonly url: string };

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Shares one paragraph or tweet: the system share sheet where the browser has one, otherwise
 * the link is copied (with an announced confirmation), otherwise shown to copy by hand.
 * Without JavaScript it is a plain permalink.
 */
export function ShareButton({ blockId, kind, text, title }: Props) {
  const hydrated = useHydrated();
  const [state, setState] = useState<State>({ status: 'idle' });
  const fieldId = useId();
  const canShare = hydrated && typeof navigator.share === 'function';
  const label =
    kind === 'paragraph' ? (canShare ? shareText.shareParagraph : shareText.copyParagraphLink) : canShare ? shareText.shareTweet : shareText.copyTweetLink;

  const share = async () => {
    const url = buildBlockUrl(window.location.origin, window.location.pathname, blockId);
    if (canShare) {
      try {
        await navigator.share({ title, text: excerpt(text, 140), url });
      } catch (error) {
        if (!isAbort(error)) setState({ status: 'refused', url });
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setState({ status: 'copied' });
    } catch {
      setState({ status: 'refused', url });
    }
  };

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // A click meant for a new tab or window opens the permalink there.
    if (isModifiedClick(event)) return;
    event.preventDefault();
    void share();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    // Enter clicks a link by itself; a button also answers Space.
    if (event.key !== ' ') return;
    event.preventDefault();
    void share();
  };

  // One element throughout: without JavaScript (and until hydration) a plain permalink to the
  // block, then a button that shares that link. Hydration changes two attributes, not the DOM
  // (replacing an element per block was a long task on a long article).
  return (
    <span className={styles.control} data-open={state.status === 'idle' ? undefined : 'true'}>
      <a
        href={`#${blockId}`}
        className={styles.button}
        role={hydrated ? 'button' : undefined}
        aria-label={hydrated ? label : kind === 'paragraph' ? shareText.paragraphPermalink : shareText.tweetPermalink}
        onClick={hydrated ? onClick : undefined}
        onKeyDown={hydrated ? onKeyDown : undefined}
      >
        <LinkIcon />
      </a>
      <span role="status" className={styles.status}>
        {state.status === 'copied' ? shareText.linkCopied : ''}
      </span>
      {state.status === 'refused' && (
        <span className={styles.fallback}>
          <label htmlFor={fieldId}>{shareText.copyRefused}</label>
          <input
            id={fieldId}
            className={styles.field}
            dir="ltr"
            readOnly
            value={state.url}
            ref={(input) => {
              input?.focus();
              input?.select();
            }}
            onFocus={(event) => event.currentTarget.select()}
          />
        </span>
      )}
    </span>
  );
}
