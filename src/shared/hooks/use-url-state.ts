import { useCallback, useSyncExternalStore } from 'react';
import { URL_CHANGE, updateUrl, type NavigateOptions } from '@/shared/lib/url';

export { updateUrl, type NavigateOptions, type UrlPatch } from '@/shared/lib/url';

/**
 * The URL is the state: every piece of view state a visitor may share or come back to lives in the
 * query string. This hook reads it and writes it through the History API; nothing mirrors it into
 * React state, so reload, back/forward and shared links restore exactly the same view.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGE, onChange);
  };
}

const getSearch = () => window.location.search;
// The page is prerendered with no query string (src/app/prerender.tsx); hydration reads the real one.
const getServerSearch = () => (typeof window === 'undefined' ? '' : window.location.search);

/** Current query parameters; re-renders when they change by navigation or by updateUrl. */
export function useSearchParams(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, getSearch, getServerSearch);
  return new URLSearchParams(search);
}

export function useUrlParam(key: string): [string | null, (value: string | null, options?: NavigateOptions) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, getServerSearch);
  const value = new URLSearchParams(search).get(key);
  const setValue = useCallback((next: string | null, options?: NavigateOptions) => updateUrl({ [key]: next }, options), [key]);
  return [value, setValue];
}

/** A comma-separated list parameter, e.g. ?industry=ai,finance */
export function parseList(value: string | null): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}
