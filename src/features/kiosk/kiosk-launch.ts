// What the page needs to know about a kiosk before anything renders (the page's entry reads it
// too): whether this is one, and its home language. The rest of the kiosk loads with it.

/** ?kiosk=1 (any value but 0 and false) turns the page into the booth display. */
export function isKioskMode(params: URLSearchParams): boolean {
  const value = params.get('kiosk');
  return value !== null && value !== '0' && value !== 'false';
}

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
