import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLatinFace } from '@/shared/lib/latin-face';

const root = document.documentElement;

function stubFonts(load: () => Promise<unknown[]>) {
  Object.defineProperty(document, 'fonts', { configurable: true, value: { load: vi.fn(load) } });
}

afterEach(() => {
  Reflect.deleteProperty(document, 'fonts');
  root.classList.remove('latin-face');
  vi.useRealTimers();
});

describe('loadLatinFace (the booth display)', () => {
  it('uses the typeface once it has loaded', async () => {
    stubFonts(() => Promise.resolve([{}]));
    await loadLatinFace();
    expect(root.classList.contains('latin-face')).toBe(true);
  });

  it('keeps the local face when the typeface cannot be had, without an error', async () => {
    stubFonts(() => Promise.reject(new Error('offline')));
    await expect(loadLatinFace()).resolves.toBeUndefined();
    expect(root.classList.contains('latin-face')).toBe(false);
  });

  it('never holds the kiosk longer than its wait', async () => {
    vi.useFakeTimers();
    stubFonts(() => new Promise(() => {}));
    const settled = vi.fn();
    void loadLatinFace(2_000).then(settled);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toHaveBeenCalled();
    expect(root.classList.contains('latin-face')).toBe(false);
  });
});
