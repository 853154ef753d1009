import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { shareText } from '../../../lib/ui-text.ts';
import { LinkIcon, ShareIcon } from '../../../ui/icons.tsx';
import { isModifiedClick } from '../../../ui/modified-click.ts';
import { showToast } from '../../../ui/toast.tsx';
import { useHydrated } from '../../../ui/use-hydrated.tsx';
import { blockOpening, cleanShareText, clipboardText, sharedQuote } from '../lib/share-card.ts';
import { shareAddress } from '../lib/share-link.ts';
import pill from '../../../ui/pill-button.module.css';
import styles from './share-button.module.css';

type Props = {
  readonly slug: string;
  /** The paragraph or tweet shared; null shares the whole article. */
  readonly blockId: string | null;
  readonly kind: 'paragraph' | 'tweet' | 'article';
  /** The block's text (the quote copied with its address), or the headline. */
  readonly text: string;
  /** What leads a tweet's quote: its author, on X (tweetAttribution). */
  readonly attribution?: string;
  readonly title: string;
};

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

const LABELS = {
  paragraph: { share: shareText.shareParagraph, copy: shareText.copyParagraphLink, link: shareText.paragraphPermalink },
  tweet: { share: shareText.shareTweet, copy: shareText.copyTweetLink, link: shareText.tweetPermalink },
  article: { share: shareText.shareArticle, copy: shareText.copyArticleLink, link: shareText.articlePermalink },
} as const;

const COPIED = { paragraph: shareText.quoteCopied, tweet: shareText.tweetCopied, article: shareText.articleCopied } as const;

/** The address to copy by hand when the clipboard is refused: a dialog, over the page, never in the text. */
function CopyByHand({ url, onClose }: { url: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const fieldId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby={`${fieldId}-title`} onClose={onClose}>
      <h2 id={`${fieldId}-title`} className={styles.dialogTitle}>
        {shareText.copyTitle}
      </h2>
      <label htmlFor={fieldId}>{shareText.copyRefused}</label>
      <input id={fieldId} className={styles.field} dir="ltr" readOnly value={url} autoFocus onFocus={(event) => event.currentTarget.select()} />
      <button type="button" className="text-button" onClick={() => dialog.current?.close()}>
        {shareText.close}
      </button>
    </dialog>
  );
}

/**
 * Shares one paragraph, tweet or the whole article: the system share sheet where the browser has
 * one, otherwise the link is copied (a toast says so), otherwise shown to copy by hand. Without
 * JavaScript it is a plain permalink. It never changes size or place.
 */
export function ShareButton({ slug, blockId, kind, text, attribution, title }: Props) {
  const hydrated = useHydrated();
  const [refused, setRefused] = useState<string | null>(null);
  const canShare = hydrated && typeof navigator.share === 'function';
  const labels = LABELS[kind];
  const label = canShare ? labels.share : labels.copy;
  // The tooltip says what the control does; the name also says which block (the article's is one).
  const named = (action: string) => (kind === 'article' ? action : shareText.ofBlock(action, blockOpening(text)));

  const share = async () => {
    const url = shareAddress(window.location.origin, slug, blockId);
    if (canShare) {
      try {
        // The same quote as a copy gives: a preview's cut (and its «…») is no part of a share.
        await navigator.share({ title: cleanShareText(title), text: sharedQuote(text, attribution), url });
      } catch (error) {
        if (!isAbort(error)) setRefused(url);
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(clipboardText(text, url, attribution));
      showToast(COPIED[kind]);
    } catch {
      setRefused(url);
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

  // One element throughout: without JavaScript (and until hydration) a plain permalink in the
  // page (a tap before the app starts stays on the page), then a button that shares the block's
  // share page and links to it: what a long-press «copy link» or a new tab takes, previewed by
  // chat apps as that paragraph, not the article. Hydration changes attributes, not the DOM.
  return (
    <>
      <a
        href={hydrated ? shareAddress('', slug, blockId) : blockId === null ? '#main' : `#${blockId}`}
        className={kind === 'article' ? pill.pill : styles.button}
        role={hydrated ? 'button' : undefined}
        aria-label={named(hydrated ? label : labels.link)}
        title={hydrated ? label : labels.link}
        onClick={hydrated ? onClick : undefined}
        onKeyDown={hydrated ? onKeyDown : undefined}
      >
        {kind === 'article' ? <ShareIcon /> : <LinkIcon />}
        {kind === 'article' && <span className={styles.articleLabel}>{shareText.shareArticle}</span>}
      </a>
      {refused !== null && <CopyByHand url={refused} onClose={() => setRefused(null)} />}
    </>
  );
}
