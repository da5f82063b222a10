import type { UrlPatch } from '@/shared/hooks/use-url-state';
import { KIOSK_PARAMS } from './kiosk-settings';

/** The URL change that brings the kiosk home: drop every visitor parameter, restore the language. */
export function homePatch(current: URLSearchParams, homeLanguage: string): UrlPatch {
  const visitorKeys = [...current.keys()].filter((key) => !(KIOSK_PARAMS as readonly string[]).includes(key));
  // fromEntries defines keys: a parameter named "__proto__" becomes a key like any other, where
  // patch[key] = null would have set the object's prototype instead and left the parameter behind.
  return { ...Object.fromEntries(visitorKeys.map((key) => [key, null])), lng: homeLanguage };
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
