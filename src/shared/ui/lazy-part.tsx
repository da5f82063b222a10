import { lazy, startTransition, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useLatest } from '@/shared/hooks/use-latest';
import { backoffMs, retryUntil } from '@/shared/lib/recovery';
import { ErrorBoundary } from './error-boundary';

/** A part's code did not download: the network dropped, say, before the service worker had it. */
export class PartLoadError extends Error {}

export interface LazyPartProps {
  /** Shown while the code downloads. */
  loading?: ReactNode;
  /** Shown while it cannot be downloaded; `retry` tries again at once (it also does by itself). */
  failed: (retry: () => void) => ReactNode;
}

/** One try at downloading a part's code. */
interface Attempt<P extends object> {
  id: number;
  /** The code, once it is in: rendered as it is, with nothing to wait for. */
  loaded: ComponentType<P> | null;
  download: () => Promise<{ default: ComponentType<P> }>;
  Component: ComponentType<P>;
}

/** A part made by `lazyPart`: a component, and a way to have its code in before it renders. */
export type LazyPart<P extends object> = ComponentType<P & LazyPartProps> & {
  /**
   * Starts the download now; settles (never rejects) when the code is in or did not come. A failed
   * download here is not an error: the part tries again when it renders.
   */
  preload: () => Promise<void>;
  /** True once `preload` has settled, or the code is in: the part then renders without waiting. */
  settled: () => boolean;
};

/**
 * A component whose code downloads when it first renders (React.lazy), or earlier with `preload`,
 * made for a page that must not go blank: a failed download shows `failed` in its place, and the
 * download is tried again when the browser is back online, on a timer that backs off, and on
 * request. Errors other than the download go on to the next boundary up.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let failures = 0;
  let attempts = 0;
  // React.lazy remembers a failure, so trying again takes a new one (shared by every instance).
  const attempt = (): Attempt<P> => {
    let download: Promise<{ default: ComponentType<P> }> | null = null;
    const part: Attempt<P> = {
      id: (attempts += 1),
      loaded: null,
      download: () =>
        (download ??= load().then(
          (component) => {
            failures = 0;
            part.loaded = component;
            return { default: component };
          },
          (cause: unknown) => {
            failures += 1;
            throw new PartLoadError('The code of a part of the page did not download', { cause });
          },
        )),
      Component: lazy(() => part.download()),
    };
    return part;
  };
  let current = attempt();
  /** The attempt to render after `failed` failed: a new one, unless another instance has made it. */
  const after = (failed: Attempt<P>) => {
    if (failed === current) current = attempt();
    return current;
  };
  /** What an instance renders for an attempt; fixed once mounted, so it is never mounted twice. */
  const shown = (part: Attempt<P>) => ({ part, Component: part.loaded ?? part.Component });

  function LazyPart({ loading = null, failed, ...props }: P & LazyPartProps) {
    const [{ part, Component }, setShown] = useState(() => shown(current));
    const retry = () => setShown(shown(after(part)));
    return (
      <ErrorBoundary
        key={part.id}
        fallback={(error) => {
          if (!(error instanceof PartLoadError)) throw error;
          return (
            <RetryLater retry={retry} delayMs={backoffMs(failures - 1)}>
              {failed(retry)}
            </RetryLater>
          );
        }}
      >
        <Suspense fallback={loading}>
          <Component {...(props as P)} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  let preloaded = false;
  return Object.assign(LazyPart, {
    preload: () => {
      const part = current;
      return part.download().then(
        () => void (preloaded = true),
        // Failed ahead of time: the render starts a new download rather than showing this failure.
        () => void ((preloaded = true), after(part)),
      );
    },
    settled: () => preloaded || current.loaded !== null,
  });
}

/**
 * Whether `part`'s code is in (or did not come), starting its download when `enabled`. A page that
 * renders a part only once this is true renders it in one pass with what it shows: rendering it
 * while the code downloads shows `loading` first, and React then holds the part back for up to
 * 300 ms (its throttle on revealing a Suspense boundary).
 */
export function usePartCode<P extends object>(part: LazyPart<P>, enabled: boolean): boolean {
  const [settled, setSettled] = useState(part.settled);
  useEffect(() => {
    if (!enabled || settled) return;
    let mounted = true;
    // A task of its own: requesting a chunk and its imports costs the main thread a few
    // milliseconds, which the effects of the commit that asked for it need not wait on.
    const start = setTimeout(
      () =>
        void part.preload().then(() => {
          if (mounted) startTransition(() => setSettled(true));
        }),
    );
    return () => {
      mounted = false;
      clearTimeout(start);
    };
  }, [part, enabled, settled]);
  return settled;
}

/** One retry per failure on screen: when the browser is back online, or after `delayMs`. */
function RetryLater({ retry, delayMs, children }: { retry: () => void; delayMs: number; children: ReactNode }) {
  const latest = useLatest(retry);
  useEffect(() => {
    const schedule = retryUntil(
      async () => {
        latest.current();
        return true;
      },
      { firstMs: delayMs },
    );
    return schedule.stop;
  }, [delayMs, latest]);
  return children;
}
