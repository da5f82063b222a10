import { isKioskMode, resolveHomeLanguage } from '@/features/kiosk/kiosk-launch';
import { detectLanguage, languageFromUrl } from '@/features/language/language';
import { NAMESPACES, SOURCE_LANGUAGE } from '@/features/language/locales';

/** What the page's entry (src/main.ts) and the app need to know before anything renders. */
export function isKioskLaunch(search: string = window.location.search): boolean {
  return isKioskMode(new URLSearchParams(search));
}

/** The web follows ?lng, the visitor's saved choice and the browser; a kiosk starts in its home language. */
export function initialLanguage(kiosk: boolean, search: string = window.location.search): string {
  return kiosk ? resolveHomeLanguage(languageFromUrl(search) ?? SOURCE_LANGUAGE) : detectLanguage(search);
}

/** The texts loaded before the first render: the first screen's, and on a kiosk the kiosk's own. */
export function initialNamespaces(kiosk: boolean): string[] {
  return kiosk ? [...NAMESPACES, 'kiosk'] : [...NAMESPACES];
}
