import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { loadOrRecover } from './deploy-recovery.ts';

/** How to give each part whose code failed to load a fresh start. */
const failedParts = new Set<() => void>();

/**
 * A component whose code is a chunk of its own (React.lazy), named by its export. Its
 * prerendered HTML shows and works as plain HTML until the chunk arrives and React hydrates it;
 * a tab opened before a deploy that renamed the chunk reloads onto the new version.
 *
 * React keeps a lazy component's failure for good: a chunk that could not load (offline) would
 * fail again at every later render, «المحاولة مرة أخرى» included. A failed part is made afresh
 * once its error has shown (`forgetFailedParts`), never at once: the render right after a
 * failure would only start the same failing load again, for as long as the reader is offline.
 */
export function lazyPart<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): ComponentType<Props> {
  const fresh = (): LazyExoticComponent<ComponentType<Props>> =>
    lazy(() =>
      loadOrRecover(load).then(
        (module) => ({ default: module[name] }),
        (error: unknown) => {
          failedParts.add(() => {
            part = fresh();
          });
          throw error;
        },
      ),
    );
  let part = fresh();
  return function LazyPart(props: Props) {
    return createElement(part, props);
  };
}

/** Once a failure has shown: every part whose code failed to load loads afresh when next shown. */
export function forgetFailedParts(): void {
  for (const reset of failedParts) reset();
  failedParts.clear();
}
