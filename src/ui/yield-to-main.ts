/**
 * Lets the browser handle input and paint before the caller goes on: `scheduler.yield()` where
 * the browser has it (the caller's work then continues ahead of other tasks), else a new task.
 */
export function yieldToMain(): Promise<void> {
  // Not in every browser (nor in Node, where the prerenderer builds the same things).
  if (typeof globalThis.scheduler?.yield === 'function') return globalThis.scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
