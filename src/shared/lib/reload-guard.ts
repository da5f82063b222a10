/**
 * Reloads that cannot loop. A page that reloads itself after an error must remember, across the
 * reload, how often it has just done so: sessionStorage survives a reload and dies with the tab.
 */
interface ReloadRecord {
  count: number;
  at: number;
}

function read(key: string): ReloadRecord | null {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(key) ?? 'null');
    if (value && typeof value === 'object' && 'count' in value && 'at' in value) {
      const { count, at } = value as ReloadRecord;
      if (Number.isFinite(count) && Number.isFinite(at)) return { count, at };
    }
  } catch {
    // Unreadable or unavailable storage counts as "no recent reload".
  }
  return null;
}

function write(key: string, record: ReloadRecord): void {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(record));
  } catch {
    // Without storage the backoff cannot grow, but the base delay still spaces reloads out.
  }
}

export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
  /** A reload longer ago than this means the page ran fine in between: start again from baseMs. */
  resetAfterMs?: number;
}

/** How long to wait before the next self-reload: base, doubled for each recent reload, capped. */
export function nextReloadDelayMs(
  key: string,
  { baseMs = 5_000, maxMs = 300_000, resetAfterMs = 600_000 }: BackoffOptions = {},
  now = Date.now(),
): number {
  const previous = read(key);
  const count = previous && now - previous.at < resetAfterMs ? previous.count : 0;
  return Math.min(baseMs * 2 ** count, maxMs);
}

/** Call right before a self-reload, so the next page knows one just happened. */
export function recordReload(key: string, { resetAfterMs = 600_000 }: BackoffOptions = {}, now = Date.now()): void {
  const previous = read(key);
  const count = previous && now - previous.at < resetAfterMs ? previous.count + 1 : 1;
  write(key, { count, at: now });
}

/** True at most once per windowMs: for "a chunk is gone, reload to get the new build". */
export function mayReloadOnce(key: string, windowMs = 10_000, now = Date.now()): boolean {
  const previous = read(key);
  if (previous && now - previous.at < windowMs) return false;
  write(key, { count: 1, at: now });
  return true;
}
