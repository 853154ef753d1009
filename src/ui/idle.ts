/** Runs `task` when the browser is idle (at the latest after `timeout` ms); where there is no
 * requestIdleCallback, after `fallbackDelay` ms. */
export function whenIdle(task: () => void, timeout: number, fallbackDelay: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
  else setTimeout(task, fallbackDelay);
}

/** Runs `task` once the page has loaded and the browser is idle: never beside the page's own loading. */
export function whenLoadedAndIdle(task: () => void): void {
  const schedule = () => whenIdle(task, 5000, 2000);
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}
