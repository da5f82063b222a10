import { afterEach, describe, expect, it, vi } from 'vitest';
import { backoffMs, reloadDelayMs, reloadOnStaleChunks, reloadPage, retryUntil } from '@/shared/lib/recovery';

afterEach(() => {
  vi.useRealTimers();
  window.sessionStorage.clear();
});

describe('the backoff', () => {
  it('waits 5 s, then twice as long each time, up to 5 min', () => {
    expect([0, 1, 2, 3, 6, 7, 20].map((attempt) => backoffMs(attempt))).toEqual([5_000, 10_000, 20_000, 40_000, 300_000, 300_000, 300_000]);
    expect([0, 1, 5].map((attempt) => backoffMs(attempt, { firstMs: 500, maxMs: 8_000 }))).toEqual([500, 1_000, 8_000]);
  });
});

/** Lets the attempt's promise settle under fake timers. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('retrying until something works', () => {
  it('waits longer each time, up to a cap, and stops once it works', async () => {
    vi.useFakeTimers();
    let works = false;
    const attempt = vi.fn(async () => works);
    retryUntil(attempt, { firstMs: 1_000, maxMs: 3_000 });
    await vi.advanceTimersByTimeAsync(999);
    expect(attempt).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempt).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(attempt).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(attempt).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(attempt, 'capped at maxMs').toHaveBeenCalledTimes(4);
    works = true;
    await vi.advanceTimersByTimeAsync(3_000);
    expect(attempt).toHaveBeenCalledTimes(5);
    await vi.advanceTimersByTimeAsync(60_000);
    window.dispatchEvent(new Event('online'));
    expect(attempt, 'nothing after success').toHaveBeenCalledTimes(5);
  });

  it('tries at once when the browser is back online, and when asked', async () => {
    vi.useFakeTimers();
    const attempt = vi.fn(async () => false);
    const schedule = retryUntil(attempt, { firstMs: 60_000 });
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(attempt).toHaveBeenCalledTimes(1);
    schedule.now();
    await settle();
    expect(attempt).toHaveBeenCalledTimes(2);
    schedule.stop();
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(600_000);
    expect(attempt, 'stopped: no listener, no timer left behind').toHaveBeenCalledTimes(2);
  });

  it('runs one attempt at a time, and counts a thrown error as a failure', async () => {
    vi.useFakeTimers();
    let finish: (ok: boolean) => void = () => {};
    const attempt = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    const schedule = retryUntil(attempt, { immediate: true, firstMs: 1_000 });
    expect(attempt).toHaveBeenCalledTimes(1);
    schedule.now();
    window.dispatchEvent(new Event('online'));
    expect(attempt, 'still running: no second attempt').toHaveBeenCalledTimes(1);
    finish(false);
    await settle();
    attempt.mockImplementation(() => Promise.reject(new Error('offline')));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(attempt).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(attempt, 'a rejected attempt is retried too').toHaveBeenCalledTimes(3);
    schedule.stop();
  });
});

describe('reloading the page itself', () => {
  it('never twice within the interval, and waits longer before each restart made soon after the last', () => {
    const reload = vi.fn();
    expect(reloadDelayMs(0)).toBe(5_000);
    expect(reloadPage({ now: 0, reload })).toBe(true);
    expect(reloadPage({ now: 5_000, reload }), 'too soon after the last').toBe(false);
    expect(reloadPage({ now: 20_000, reload })).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
    expect(reloadDelayMs(21_000)).toBe(20_000);
    expect(reloadDelayMs(20_000 + 600_000), 'the page ran fine for a while: from the start again').toBe(5_000);
  });

  it('lands on the address given, replacing the current entry', () => {
    window.history.replaceState(null, '', '/?kiosk=1&partner=baidu');
    reloadPage({ url: '/?kiosk=1&lng=zh', reload: () => {} });
    expect(window.location.search).toBe('?kiosk=1&lng=zh');
  });

  it('treats unreadable storage as no recent reload', () => {
    window.sessionStorage.setItem('partner-showcase.self-reload', '{not json');
    expect(reloadDelayMs()).toBe(5_000);
    expect(reloadPage({ reload: () => {} })).toBe(true);
  });
});

describe('a chunk that did not download', () => {
  const preloadError = () => {
    const event = new Event('vite:preloadError', { cancelable: true });
    window.dispatchEvent(event);
    return event;
  };

  it('after a deploy: reloads into the new build; the part that asked still hears of it', async () => {
    const reload = vi.fn();
    const stop = reloadOnStaleChunks(async () => true, reload);
    expect(preloadError().defaultPrevented).toBe(false);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    stop();
  });

  it('with the same build on the server, or no server at all: no reload (the part retries in place)', async () => {
    const reload = vi.fn();
    const isReplaced = vi.fn(async () => false);
    const stop = reloadOnStaleChunks(isReplaced, reload);
    preloadError();
    await vi.waitFor(() => expect(isReplaced).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reload).not.toHaveBeenCalled();
    stop();
  });

  it('never reloads twice in a row within the interval, so a build that stays broken cannot loop', async () => {
    const reload = vi.fn();
    const stop = reloadOnStaleChunks(
      async () => true,
      () => void reloadPage({ reload }),
    );
    preloadError();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    preloadError();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reload).toHaveBeenCalledTimes(1);
    stop();
  });
});
