import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { loadOrRecover } from './deploy-recovery.ts';

/**
 * A part's code could not be loaded (offline, or still failing after the reload onto a new
 * deploy). React keeps a lazy part's failure for good, so only a new page load tries again.
 */
export class PartLoadError extends Error {
  override name = 'PartLoadError';
}

/**
 * A component whose code is a chunk of its own (React.lazy), named by its export. Its
 * prerendered HTML shows and works as plain HTML until the chunk arrives and React hydrates it;
 * a tab opened before a deploy that renamed the chunk reloads onto the new version.
 */
export function lazyPart<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyExoticComponent<ComponentType<Props>> {
  return lazy(() =>
    loadOrRecover(load).then(
      (module) => ({ default: module[name] }),
      (error: unknown) => {
        throw new PartLoadError(`the code of ${name} could not be loaded`, { cause: error });
      },
    ),
  );
}
