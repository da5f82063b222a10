/**
 * Writes the query string through the History API (React-free, so the page's entry can use it
 * before the app has loaded); src/shared/hooks/use-url-state.ts reads it back into components.
 */
export const URL_CHANGE = 'partner-showcase:urlchange';

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
