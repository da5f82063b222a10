import type { UrlPatch } from '../../shared/hooks/use-url-state';
import { KIOSK_PARAMS } from './kiosk-settings';

/**
 * Where the kiosk returns to: its own settings and its home language, none of a visitor's state.
 *
 * Visitors change ?lng= as they switch languages, so the home language is remembered for the tab
 * (sessionStorage) when the kiosk is launched, and reused when the page reloads itself after an
 * error or an update, instead of being read back from a URL a visitor has changed.
 */
const HOME_LANGUAGE_KEY = 'partner-showcase.kiosk-home-lng';

function navigationType(): string {
  const entry = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry?.type ?? 'navigate';
}

export function storedHomeLanguage(): string | null {
  try {
    return window.sessionStorage.getItem(HOME_LANGUAGE_KEY);
  } catch {
    return null;
  }
}

/** The home language: the stored one on a reload, else the launch language (then stored). */
export function resolveHomeLanguage(launchLanguage: string, type: string = navigationType()): string {
  const stored = storedHomeLanguage();
  if (type === 'reload' && stored) return stored;
  try {
    window.sessionStorage.setItem(HOME_LANGUAGE_KEY, launchLanguage);
  } catch {
    // Without storage the launch URL's language is still the home language for this page.
  }
  return launchLanguage;
}

/** The URL change that brings the kiosk home: drop every visitor parameter, restore the language. */
export function homePatch(current: URLSearchParams, homeLanguage: string): UrlPatch {
  const patch: UrlPatch = {};
  for (const key of current.keys()) {
    if (!(KIOSK_PARAMS as readonly string[]).includes(key)) patch[key] = null;
  }
  patch.lng = homeLanguage;
  return patch;
}

/** The home address as a string, for a reload that must land on a clean page. */
export function homeUrl(location: Location, homeLanguage: string): string {
  const params = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(homePatch(params, homeLanguage))) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  return `${location.pathname}?${params.toString()}`;
}
