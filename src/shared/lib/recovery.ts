/**
 * Recovery, in one place: how long to wait before trying again, trying again until something
 * works, and reloading the page without ever looping. Everything that retries uses it: the app's
 * own download (src/main.ts), a part of the page whose code did not download (shared/ui/lazy-part),
 * the data file (TanStack Query's retryDelay), the kiosk's restart after a fatal error.
 */

/** Attempt 0 waits 5 s, then 10 s, 20 s… up to 5 min: a venue network can stay down for long. */
export function backoffMs(attempt: number, { firstMs = 5_000, maxMs = 300_000 } = {}): number {
  return Math.min(firstMs * 2 ** Math.max(0, attempt), maxMs);
}

export interface RetrySchedule {
  /** Tries again now (a visitor pressed Retry); the timer starts over from there. */
  now(): void;
  stop(): void;
}

/**
 * Calls `attempt` until it reports success: each time the browser says it is back online, and on
 * the backoff timer (a network can be "connected" with no way out, and then no online event ever
 * comes). One attempt at a time.
 */
export function retryUntil(
  attempt: () => Promise<boolean>,
  { immediate = false, firstMs, maxMs }: { immediate?: boolean; firstMs?: number; maxMs?: number } = {},
): RetrySchedule {
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let stopped = false;
  const later = () => {
    timer = setTimeout(now, backoffMs(failures, { firstMs, maxMs }));
    failures += 1;
  };
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    window.removeEventListener('online', now);
  };
  function now() {
    if (running || stopped) return;
    running = true;
    clearTimeout(timer);
    void attempt()
      .catch(() => false)
      .then((succeeded) => {
        running = false;
        if (stopped) return;
        if (succeeded) stop();
        else later();
      });
  }
  window.addEventListener('online', now);
  if (immediate) now();
  else later();
  return { now, stop };
}

/**
 * Self-reloads that cannot loop. The page remembers across the reload (sessionStorage, which dies
 * with the tab) when it last reloaded itself and how often in a row, so it never reloads twice
 * within `minIntervalMs`, and the kiosk's restart after a fatal error waits longer each time.
 */
const RELOAD_KEY = 'partner-showcase.self-reload';
/** A reload longer ago than this means the page ran fine in between: the count starts over. */
const QUIET_MS = 600_000;

interface ReloadRecord {
  count: number;
  at: number;
}

function lastReload(now: number): ReloadRecord {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(RELOAD_KEY) ?? 'null');
    if (value && typeof value === 'object' && 'count' in value && 'at' in value) {
      const { count, at } = value as ReloadRecord;
      if (Number.isFinite(count) && Number.isFinite(at) && now - at < QUIET_MS) return { count, at };
    }
  } catch {
    // Unreadable or unavailable storage counts as "no recent reload".
  }
  return { count: 0, at: -Infinity };
}

/** How long the kiosk waits before restarting itself: the backoff for the reloads just made. */
export function reloadDelayMs(now = Date.now()): number {
  return backoffMs(lastReload(now).count);
}

/**
 * Reloads the page (onto `url` if given), unless it reloaded itself less than `minIntervalMs` ago.
 * Returns whether it did.
 */
export function reloadPage({
  url,
  minIntervalMs = 10_000,
  now = Date.now(),
  reload = () => window.location.reload(),
}: { url?: string; minIntervalMs?: number; now?: number; reload?: () => void } = {}): boolean {
  const last = lastReload(now);
  if (now - last.at < minIntervalMs) return false;
  try {
    window.sessionStorage.setItem(RELOAD_KEY, JSON.stringify({ count: last.count + 1, at: now }));
  } catch {
    // Without storage the interval cannot be kept across the reload; the backoff starts over.
  }
  if (url) window.history.replaceState(null, '', url);
  reload();
  return true;
}

/**
 * A chunk of an older build is gone once a deploy has replaced it: retrying cannot help, only a
 * reload into the new build does, and only once the server is seen to name another entry script.
 * A chunk that did not download for another reason is tried again where it is used.
 */
export function reloadOnStaleChunks(isReplaced: () => Promise<boolean>, reload: () => void = () => void reloadPage()): () => void {
  const onPreloadError = () => void isReplaced().then((replaced) => replaced && reload());
  window.addEventListener('vite:preloadError', onPreloadError);
  return () => window.removeEventListener('vite:preloadError', onPreloadError);
}
