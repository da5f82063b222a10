import type { i18n as I18n } from 'i18next';
import type { RootOptions } from 'react-dom/client';
import { resolveHomeLanguage } from '../features/kiosk/kiosk-home';
import { isKioskMode } from '../features/kiosk/kiosk-settings';
import { detectLanguage, matchLanguage } from '../features/language/detect-language';
import { SOURCE_LANGUAGE } from '../features/language/locales';
import { installKioskErrorHandling, reloadOnStaleChunks } from './error-recovery';
import { registerServiceWorker } from './service-worker';

/** What main.tsx needs to know before the first render; the logic lives here, not in main. */
export function isKioskLaunch(search: string = window.location.search): boolean {
  return isKioskMode(new URLSearchParams(search));
}

/** The web follows ?lng, the visitor's saved choice and the browser; a kiosk starts in its home language. */
export function initialLanguage(kiosk: boolean, search: string = window.location.search): string {
  if (!kiosk) return detectLanguage(search);
  return resolveHomeLanguage(matchLanguage(new URLSearchParams(search).get('lng')) ?? SOURCE_LANGUAGE);
}

/** Error recovery and the service worker; returns the createRoot options for this mode. */
export function startRuntime({ kiosk, i18n }: { kiosk: boolean; i18n: I18n }): RootOptions {
  reloadOnStaleChunks();
  registerServiceWorker({ applyAtOnce: !kiosk });
  return kiosk ? installKioskErrorHandling(i18n.t.bind(i18n)) : {};
}
