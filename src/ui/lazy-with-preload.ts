import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type PreloadableComponent<P> = {
  readonly Component: LazyExoticComponent<ComponentType<P>>;
  /** Loads the code; after it resolves, rendering never suspends. */
  readonly preload: () => Promise<ComponentType<P>>;
};

/**
 * A code-split component for parts that first paint does not need. In the browser it loads
 * after hydration (its prerendered HTML stays in place meanwhile). The prerenderer preloads it,
 * and then it renders synchronously: no suspended boundary, so no inline script in the HTML.
 */
export function lazyWithPreload<P>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Component = lazy(() => {
    const ready = loaded;
    if (!ready) return preload().then((component) => ({ default: component }));
    const module = { default: ready };
    // React's lazy reads a module synchronously when `then` calls back at once.
    return Object.assign(Promise.resolve(module), {
      then: (onFulfilled?: (value: typeof module) => unknown) => {
        onFulfilled?.(module);
        return Promise.resolve(module);
      },
    });
  });
  return { Component, preload };
}
