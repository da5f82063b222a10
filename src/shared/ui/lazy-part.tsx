import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
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

/**
 * A component whose code downloads when it first renders (React.lazy), made for a page that must
 * not go blank: a failed download shows `failed` in its place, and the download is tried again
 * when the browser is back online, on a timer that backs off, and on request. Errors other than
 * the download go on to the next boundary up.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P & LazyPartProps> {
  let failures = 0;
  let attempts = 0;
  // React.lazy remembers a failure, so trying again takes a new one (shared by every instance).
  const attempt = () => ({
    id: (attempts += 1),
    Component: lazy(async () => {
      try {
        const component = await load();
        failures = 0;
        return { default: component };
      } catch (cause) {
        failures += 1;
        throw new PartLoadError('The code of a part of the page did not download', { cause });
      }
    }),
  });
  let current = attempt();
  /** The attempt to render after `failed` failed: a new one, unless another instance has made it. */
  const after = (failed: typeof current) => {
    if (failed === current) current = attempt();
    return current;
  };

  function LazyPart({ loading = null, failed, ...props }: P & LazyPartProps) {
    const [loaded, setLoaded] = useState(() => current);
    const retry = () => setLoaded(after(loaded));
    const { id, Component } = loaded;
    return (
      <ErrorBoundary
        key={id}
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
  return LazyPart;
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
