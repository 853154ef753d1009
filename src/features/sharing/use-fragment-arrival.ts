import { useLayoutEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Article } from '../../content/schema.ts';
import { articleText } from '../../lib/ui-text.ts';
import { useHydrated } from '../../ui/use-hydrated.tsx';
import { prefersReducedMotion } from '../../ui/use-media-query.ts';
import { showToast } from '../../ui/toast.tsx';
import { isBlocklessLink, resolveFragment, type FragmentTarget } from './lib/share-link.ts';

export type FragmentArrival = {
  /** The block the URL's fragment points at (after following an alias). */
  readonly targetId: string | null;
  /** What to tell the reader about the address they came by. */
  readonly notice: string | null;
};

export type ArrivalOptions = {
  /** On a block's share page: the block to land on when the address has no fragment. */
  readonly sharedBlockId: string | null;
  /** The page was reloaded onto a new deploy and the fragment is where the reader was. */
  readonly resumed: boolean;
};

function hasFollowedAlias(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'followedAlias' in state && state.followedAlias === true;
}

function arrive(element: HTMLElement): void {
  element.scrollIntoView({ block: 'start', behavior: 'auto' });
  element.focus({ preventScroll: true });
  if (!prefersReducedMotion() && typeof element.animate === 'function') {
    const glow = getComputedStyle(element).getPropertyValue('--highlight-bg').trim() || '#e3f1f7';
    element.animate([{ backgroundColor: glow }, { backgroundColor: 'transparent' }], { duration: 2400, easing: 'ease-out' });
  }
}

/**
 * Lands on the paragraph or tweet named by the URL's fragment (or by the share page): on a fresh
 * load, after client navigation and on Back/Forward. Follows aliases of edited paragraphs; an
 * unknown id opens the article at the top with a notice, never silently.
 */
export function useFragmentArrival(article: Article, { sharedBlockId, resumed }: ArrivalOptions): FragmentArrival {
  const location = useLocation();
  const navigate = useNavigate();
  const hydrated = useHydrated();
  let target: FragmentTarget = hydrated ? resolveFragment(article, location.hash) : { kind: 'none' };
  if (hydrated && target.kind === 'none' && sharedBlockId !== null) target = { kind: 'block', id: sharedBlockId };
  // A share link with no block's id in it (`/p/zzz`) named a paragraph the article does not have.
  if (hydrated && (target.kind === 'none' || target.kind === 'page-anchor') && isBlocklessLink(location.state)) target = { kind: 'unknown', id: '' };
  const targetId = target.kind === 'block' || target.kind === 'alias' || target.kind === 'tidied' ? target.id : null;

  const kind = target.kind;
  // What the reader is told on landing at a block (an edited paragraph's new place, the place kept
  // across a deploy) is said where they land, not at the article's top above the screen.
  // The deploy's message once, on the address the page was reloaded at, not at every later link.
  const [reloadedAt] = useState(location.key);
  const resumedHere = resumed && location.key === reloadedAt;
  const landingNotice = kind !== 'block' ? null : hasFollowedAlias(location.state) ? articleText.targetFollowedAlias : resumedHere ? articleText.resumedAfterUpdate : null;
  useLayoutEffect(() => {
    if ((kind === 'alias' || kind === 'tidied') && targetId !== null) {
      // The way to the start has come above the block in this commit: the block keeps its place
      // on the screen now, not only once the address is rewritten (a frame later, or more).
      document.getElementById(targetId)?.scrollIntoView({ block: 'start', behavior: 'auto' });
      // The address then names the block itself; an edited paragraph's new place is said on arrival.
      navigate({ search: location.search, hash: `#${targetId}` }, { replace: true, state: kind === 'alias' ? { followedAlias: true } : null });
      return;
    }
    if (kind === 'unknown') {
      window.scrollTo({ top: 0 });
      document.getElementById('arrival-notice')?.focus({ preventScroll: true });
      return;
    }
    if (kind !== 'block' || targetId === null) return;
    // In the commit that shows the way to the start above the target (or a filter reveals it),
    // before the browser paints: the page never shows the target pushed down, then moved back.
    const element = document.getElementById(targetId);
    if (element) arrive(element);
    // A sentence to read on arriving somewhere unexpected: longer than an action's «done».
    if (landingNotice !== null) showToast(landingNotice, 10_000);
    // location.key: arriving again by the same link (or Back/Forward) lands again.
  }, [location.key, kind, targetId, location.search, navigate, landingNotice]);

  return { targetId, notice: target.kind === 'unknown' ? articleText.targetNotFound : null };
}
