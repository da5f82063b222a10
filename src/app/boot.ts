import type { i18n as I18n } from 'i18next';
import type { RootOptions } from 'react-dom/client';
import { installKioskErrorHandling, reloadOnStaleChunks } from './error-recovery';
import { registerServiceWorker } from './service-worker';

/** Error recovery and the service worker; returns the createRoot options for this mode. */
export function startRuntime({ kiosk, i18n }: { kiosk: boolean; i18n: I18n }): RootOptions {
  reloadOnStaleChunks();
  registerServiceWorker({ applyAtOnce: !kiosk });
  return kiosk ? installKioskErrorHandling(i18n.t.bind(i18n)) : {};
}
