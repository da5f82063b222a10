import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The hook remembers, per page, that a paint has happened: each test loads a fresh copy.
const freshHook = async () => (await import('@/shared/hooks/use-after-first-paint')).useAfterFirstPaint;

describe('useAfterFirstPaint', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is false for the first render and true once the frame after it has painted', async () => {
    const useAfterFirstPaint = await freshHook();
    const { result } = renderHook(() => useAfterFirstPaint());
    expect(result.current).toBe(false);
    await act(async () => {
      vi.advanceTimersToNextFrame();
    });
    // The frame callback runs before its paint; the flag flips in the task after it.
    expect(result.current).toBe(false);
    await act(async () => {
      vi.runOnlyPendingTimers();
    });
    expect(result.current).toBe(true);
  });

  it('never makes a later mount wait', async () => {
    const useAfterFirstPaint = await freshHook();
    renderHook(() => useAfterFirstPaint());
    await act(async () => {
      vi.advanceTimersToNextFrame();
      vi.runOnlyPendingTimers();
    });
    const later = renderHook(() => useAfterFirstPaint());
    expect(later.result.current).toBe(true);
  });

  it('leaves no frame or timer behind when unmounted before the paint', async () => {
    const useAfterFirstPaint = await freshHook();
    const { unmount } = renderHook(() => useAfterFirstPaint());
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
