export interface RetryScheduleOptions {
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Make the first attempt at once instead of after firstDelayMs. */
  immediate?: boolean;
}

export interface RetrySchedule {
  /** Tries again now (a visitor pressed Retry); the timer starts over from there. */
  now(): void;
  stop(): void;
}

/**
 * Calls `attempt` until it reports success: each time the browser says it is back online, and on
 * a timer that doubles from firstDelayMs up to maxDelayMs (a venue network can be "connected" with
 * no way out, and then no online event ever comes). One attempt at a time.
 */
export function retryUntil(
  attempt: () => Promise<boolean>,
  { firstDelayMs = 5_000, maxDelayMs = 300_000, immediate = false }: RetryScheduleOptions = {},
): RetrySchedule {
  let delayMs = firstDelayMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let stopped = false;
  const later = () => {
    timer = setTimeout(now, delayMs);
    delayMs = Math.min(delayMs * 2, maxDelayMs);
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
