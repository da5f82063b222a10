import { afterEach, describe, expect, it } from 'vitest';
import { mayReloadOnce, nextReloadDelayMs, recordReload } from '@/shared/lib/reload-guard';

const KEY = 'test.reload';

describe('reload guard', () => {
  afterEach(() => window.sessionStorage.clear());

  it('doubles the delay for each recent reload, up to the cap', () => {
    const options = { baseMs: 1_000, maxMs: 8_000, resetAfterMs: 60_000 };
    const delays: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      delays.push(nextReloadDelayMs(KEY, options, 1_000 + i));
      recordReload(KEY, options, 1_000 + i);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  });

  it('starts again from the base delay once the page has run fine for a while', () => {
    const options = { baseMs: 1_000, resetAfterMs: 60_000 };
    recordReload(KEY, options, 0);
    recordReload(KEY, options, 10);
    expect(nextReloadDelayMs(KEY, options, 20)).toBe(4_000);
    expect(nextReloadDelayMs(KEY, options, 70_000)).toBe(1_000);
  });

  it('allows one chunk reload per window, so a missing chunk cannot loop', () => {
    expect(mayReloadOnce(KEY, 10_000, 0)).toBe(true);
    expect(mayReloadOnce(KEY, 10_000, 5_000)).toBe(false);
    expect(mayReloadOnce(KEY, 10_000, 20_000)).toBe(true);
  });

  it('treats unreadable storage as no recent reload', () => {
    window.sessionStorage.setItem(KEY, '{not json');
    expect(nextReloadDelayMs(KEY, { baseMs: 500 })).toBe(500);
    expect(mayReloadOnce(KEY)).toBe(true);
  });
});
