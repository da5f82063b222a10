import { afterEach, describe, expect, it, vi } from 'vitest';
import { retryUntil } from '@/shared/lib/retry-schedule';

afterEach(() => {
  vi.useRealTimers();
});

/** Lets the attempt's promise settle under fake timers. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('retrying until something works', () => {
  it('waits longer each time, up to a cap, and stops once it works', async () => {
    vi.useFakeTimers();
    let works = false;
    const attempt = vi.fn(async () => works);
    retryUntil(attempt, { firstDelayMs: 1_000, maxDelayMs: 3_000 });
    await vi.advanceTimersByTimeAsync(999);
    expect(attempt).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempt).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(attempt).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(attempt).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(attempt, 'capped at maxDelayMs').toHaveBeenCalledTimes(4);
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
    const schedule = retryUntil(attempt, { firstDelayMs: 60_000 });
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
    const schedule = retryUntil(attempt, { immediate: true, firstDelayMs: 1_000 });
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
