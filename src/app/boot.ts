import type { i18n as I18n } from 'i18next';
import type { RootOptions } from 'react-dom/client';
import { registerServiceWorker } from './service-worker';

/**
 * The service worker and, on a kiosk, its error recovery; returns the root options for this mode.
 * (The stale-chunk reload is installed earlier, by the page's entry: src/first-paint.ts.)
 */
export function startRuntime({ kiosk, i18n }: { kiosk: boolean; i18n: I18n }): RootOptions {
  registerServiceWorker({ applyAtOnce: !kiosk });
  if (!kiosk) return {};
  // The kiosk's recovery is a chunk of its own, requested at once (web visitors never download
  // it); it is in place long before the first render, which waits for the language files.
  const recovery = import('./kiosk-recovery').then(({ installKioskErrorHandling }) => installKioskErrorHandling(i18n.t.bind(i18n)));
  return { onUncaughtError: (error, info) => void recovery.then((options) => options.onUncaughtError?.(error, info)) };
}
