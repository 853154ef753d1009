/**
 * The page's one script before first paint, inlined in every page's head (its CSP hash allows
 * it; scripts/build.ts bundles and minifies it):
 * 1. applies the reader's stored settings to <html>, with the settings module's own rules, so
 *    the first paint has the right theme, size and digits, and the site's fonts once fetched;
 * 2. starts the app once the page has painted: the built page lists the app's module scripts as
 *    JSON instead of loading them at once (scripts/vite/defer-app-scripts.ts, decision 0007);
 * 3. keeps the last button tapped before the app has started, for its part to click once it has
 *    (src/ui/early-tap.ts);
 * 4. shows a search page's query (`?q=`) in its field as soon as the field is parsed: the
 *    prerendered page cannot know it, and the app may start seconds later on a slow phone;
 * 5. marks a page opened with a `?tag=` filter, which only the app can apply: its text waits
 *    unseen until then, rather than showing whole and jumping when the filter hides most of it.
 */
import { TAG_PENDING_ATTRIBUTE } from '../features/hashtags/tag-url.ts';
import type { EarlyTap } from '../ui/early-tap.ts';
import { APP_SCRIPTS_ID, parseAppScripts } from './app-scripts.ts';
import { applySettings } from './apply-settings.ts';

function startApp(): void {
  const scripts = parseAppScripts(document.getElementById(APP_SCRIPTS_ID)?.textContent);
  if (!scripts) return;
  for (const url of scripts.preload) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = url;
    document.head.append(link);
  }
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = '';
  script.src = scripts.module;
  document.head.append(script);
}

function keepEarlyTaps(): EarlyTap {
  let kept: HTMLElement | null = null;
  const keep = (event: Event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button) kept = button;
  };
  document.addEventListener('click', keep, true);
  return {
    stop: () => document.removeEventListener('click', keep, true),
    take: (container) => {
      const button = kept;
      if (!button?.isConnected || !container.contains(button)) return null;
      kept = null;
      return button;
    },
  };
}

/**
 * After the first contentful paint (a hidden tab paints, and so starts, when it is shown).
 * Firefox reports no first-contentful-paint for a page opened scrolled away from its top (a
 * shared paragraph's `#p-…`, issue #23): for such a page its `load` and a painted frame after
 * it stand in, whichever comes first. Where the page is scrolled is read in a frame callback,
 * where the frame lays the page out anyway: read in the `load` listener, `scrollY` forced a
 * layout of the whole article of its own (250 ms of a phone's main thread at 4× slowdown).
 */
function afterFirstPaint(callback: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    callback();
  };
  window.addEventListener(
    'load',
    () =>
      requestAnimationFrame(() => {
        // This callback runs before the frame's paint, the next one after it.
        if (location.hash !== '' || window.scrollY !== 0) requestAnimationFrame(start);
      }),
    { once: true },
  );
  const types = typeof PerformanceObserver === 'function' ? PerformanceObserver.supportedEntryTypes : [];
  if (!types.includes('paint')) {
    window.addEventListener('load', start, { once: true });
    return;
  }
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
}

const root = document.documentElement;
applySettings(root);
// The app's modules will run: what it replaces after hydration need not be laid out before (the
// phone's sources sidebar, which becomes a drawer: sources.module.css).
if ('noModule' in HTMLScriptElement.prototype) {
  root.setAttribute('data-scripted', '');
  // Not with a paragraph's fragment: the browser scrolls to it, and that place must not be blank.
  if (new URLSearchParams(location.search).has('tag') && location.hash === '') root.setAttribute(TAG_PENDING_ATTRIBUTE, '');
}
window.sahifaEarlyTap = keepEarlyTaps();
afterFirstPaint(startApp);
document.addEventListener('DOMContentLoaded', () => {
  const field = document.querySelector('form[role="search"] input[name="q"]');
  const query = new URLSearchParams(location.search).get('q');
  if (field instanceof HTMLInputElement && query !== null && field.value === '') field.value = query.slice(0, field.maxLength > 0 ? field.maxLength : undefined);
});
