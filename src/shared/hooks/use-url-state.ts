import { useCallback, useSyncExternalStore } from 'react';

/**
 * The URL is the state: every piece of view state a visitor may share or come back to lives in the
 * query string. This hook reads it and writes it through the History API; nothing mirrors it into
 * React state, so reload, back/forward and shared links restore exactly the same view.
 */
const URL_CHANGE = 'partner-showcase:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGE, onChange);
  };
}

const getSearch = () => window.location.search;

export type UrlPatch = Record<string, string | null | undefined>;
export interface NavigateOptions {
  /** push adds a history entry (a new view); replace updates the current one (typing, corrections). */
  history?: 'push' | 'replace';
  /** Marks the new entry so the view it opens can close itself with history.back(). */
  state?: Record<string, unknown>;
}

export function updateUrl(patch: UrlPatch, { history = 'push', state }: NavigateOptions = {}): void {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === '') url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  const next = url.pathname + url.search + url.hash;
  if (next === window.location.pathname + window.location.search + window.location.hash) return;
  if (history === 'push') window.history.pushState(state ?? null, '', next);
  else window.history.replaceState(state ?? window.history.state, '', next);
  window.dispatchEvent(new Event(URL_CHANGE));
}

/** Current query parameters; re-renders when they change by navigation or by updateUrl. */
export function useSearchParams(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  return new URLSearchParams(search);
}

export function useUrlParam(key: string): [string | null, (value: string | null, options?: NavigateOptions) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const value = new URLSearchParams(search).get(key);
  const setValue = useCallback(
    (next: string | null, options?: NavigateOptions) => updateUrl({ [key]: next }, options),
    [key],
  );
  return [value, setValue];
}

/** A comma-separated list parameter, e.g. ?industry=ai,finance */
export function parseList(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((item) => item.trim()).filter(Boolean))];
}
