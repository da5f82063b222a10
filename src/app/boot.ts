import type { i18n as I18n } from 'i18next';
import type { RootOptions } from 'react-dom/client';
import { reloadOnStaleChunks } from './error-recovery';
import { registerServiceWorker } from './service-worker';

/** Error recovery and the service worker; returns the createRoot options for this mode. */
export function startRuntime({ kiosk, i18n }: { kiosk: boolean; i18n: I18n }): RootOptions {
  reloadOnStaleChunks();
  registerServiceWorker({ applyAtOnce: !kiosk });
  if (!kiosk) return {};
  // The kiosk's recovery is a chunk of its own, requested at once (web visitors never download
  // it); it is in place long before the first render, which waits for the language files.
  const recovery = import('./kiosk-recovery').then(({ installKioskErrorHandling }) => installKioskErrorHandling(i18n.t.bind(i18n)));
  return { onUncaughtError: (error, info) => void recovery.then((options) => options.onUncaughtError?.(error, info)) };
}
