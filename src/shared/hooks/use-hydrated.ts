import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while React hydrates markup rendered at build time (and during that build-time render),
 * true in every later render: what depends on data the build did not have (the partner list) waits
 * for it, so the hydrating render matches the prerendered markup.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
