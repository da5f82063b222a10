import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseList, updateUrl, useSearchParams, useUrlParam } from '@/shared/hooks/use-url-state';

const here = () => window.location.pathname + window.location.search;

describe('updateUrl', () => {
  it('pushes a new history entry by default, keeping other parameters', () => {
    window.history.replaceState(null, '', '/?lng=en');
    const before = window.history.length;
    updateUrl({ industry: 'ai,finance' });
    expect(here()).toBe('/?lng=en&industry=ai%2Cfinance');
    expect(window.history.length).toBe(before + 1);
  });

  it('replaces the current entry when asked, and keeps its state', () => {
    window.history.replaceState({ keep: true }, '', '/?q=a');
    const before = window.history.length;
    updateUrl({ q: 'ab' }, { history: 'replace' });
    expect(here()).toBe('/?q=ab');
    expect(window.history.length).toBe(before);
    expect(window.history.state).toEqual({ keep: true });
  });

  it('removes a parameter set to null, undefined or empty', () => {
    window.history.replaceState(null, '', '/?a=1&b=2&c=3&d=4');
    updateUrl({ a: null, b: undefined, c: '' });
    expect(here()).toBe('/?d=4');
  });

  it('does nothing when the URL would not change', () => {
    window.history.replaceState(null, '', '/?a=1');
    const before = window.history.length;
    updateUrl({ a: '1', b: null });
    expect(window.history.length).toBe(before);
    expect(here()).toBe('/?a=1');
  });

  it('stores the given state on a pushed entry', () => {
    updateUrl({ partner: 'baidu' }, { state: { detail: true } });
    expect(window.history.state).toEqual({ detail: true });
  });
});

describe('parseList', () => {
  it.each([
    [null, []],
    ['', []],
    ['ai', ['ai']],
    ['ai,finance', ['ai', 'finance']],
    [' ai , ,finance,ai,', ['ai', 'finance']],
  ])('reads %j as %j', (input, expected) => {
    expect(parseList(input)).toEqual(expected);
  });
});

describe('useUrlParam and useSearchParams', () => {
  it('re-render when the app changes the URL', () => {
    const { result } = renderHook(() => ({ q: useUrlParam('q'), params: useSearchParams() }));
    expect(result.current.q[0]).toBeNull();
    act(() => result.current.q[1]('volcano'));
    expect(result.current.q[0]).toBe('volcano');
    expect(result.current.params.get('q')).toBe('volcano');
    expect(here()).toBe('/?q=volcano');
  });

  it('re-render on back and forward (popstate)', () => {
    window.history.replaceState(null, '', '/?q=first');
    const { result } = renderHook(() => useUrlParam('q'));
    act(() => {
      window.history.pushState(null, '', '/?q=second');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current[0]).toBe('second');
    act(() => {
      window.history.replaceState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current[0]).toBeNull();
  });

  it('stop listening once unmounted', () => {
    const remove = vi.spyOn(window, 'removeEventListener');
    const { unmount } = renderHook(() => useUrlParam('q'));
    unmount();
    expect(remove).toHaveBeenCalledWith('popstate', expect.any(Function));
  });
});
