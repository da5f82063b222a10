import { registerSW } from 'virtual:pwa-register';

/**
 * The service worker keeps an offline copy of the whole app (see vite.config.ts). A new version
 * installs in the background and waits (onNeedRefresh). The web takes it at once, without
 * reloading: the visitor's page keeps running and the next visit gets the new files. The kiosk
 * never navigates, so it keeps the waiting version until an idle reset, then switches to it and
 * reloads (applyUpdate): never in a visitor's face. It also asks for a new version every 15 min.
 */
const UPDATE_CHECK_MS = 15 * 60_000;

let pendingUpdate: (() => Promise<void>) | null = null;

export function registerServiceWorker({ kiosk }: { kiosk: boolean }): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      if (kiosk) pendingUpdate = () => update(true);
      else void update(false);
    },
    // The web page goes on with the files it has; only the kiosk reloads into the new version.
    onNeedReload: kiosk ? undefined : () => {},
    onRegisteredSW(_url, registration) {
      if (kiosk && registration) window.setInterval(() => void registration.update().catch(() => {}), UPDATE_CHECK_MS);
    },
    onRegisterError(error: unknown) {
      console.warn('Service worker registration failed; the app works online only', error);
    },
  });
}

/** Switches to the waiting version, which reloads the page. False when nothing is waiting. */
export function applyUpdate(): boolean {
  if (!pendingUpdate) return false;
  void pendingUpdate();
  pendingUpdate = null;
  return true;
}
