import type { Workbox } from 'workbox-window';
import { newerBuildDeployed } from '@/shared/lib/page-html';
import { mayReloadOnce } from '@/shared/lib/reload-guard';

/**
 * Service worker registration from our own module (script-src 'self': no inline snippet), loaded
 * after the page so workbox-window is not part of the first download.
 *
 * The worker precaches the whole app (see vite.config.ts). A new version installs in the
 * background and waits. On the web it takes over at once; old pages keep running and pick the
 * new files up on their next load. The kiosk never navigates, so it keeps the waiting worker
 * until an idle reset and then reloads into it (applyUpdate), never in a visitor's face.
 */
const VERSION_RELOAD_KEY = 'partner-showcase.version-reload';
let workbox: Workbox | null = null;
let updateWaiting = false;

/**
 * The web needs no update control: a new worker takes over as soon as it has installed. The plain
 * API does that in a few lines, so web visitors never download workbox-window (2 kB) at all.
 */
function registerTakingOverAtOnce(): void {
  const skipWaiting = (worker: ServiceWorker | null | undefined) => worker?.postMessage({ type: 'SKIP_WAITING' });
  navigator.serviceWorker
    .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
    .then((registration) => {
      skipWaiting(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') skipWaiting(installing);
        });
      });
    })
    .catch((error: unknown) => console.warn('Service worker registration failed; the app works online only', error));
}

export function registerServiceWorker({ applyAtOnce }: { applyAtOnce: boolean }): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (applyAtOnce) {
    registerTakingOverAtOnce();
    return;
  }
  reloadIntoVersionInCharge();
  void import('workbox-window')
    .then(({ Workbox }) => {
      const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
      wb.addEventListener('waiting', () => {
        if (applyAtOnce) {
          wb.messageSkipWaiting();
          return;
        }
        updateWaiting = true;
      });
      workbox = wb;
      return wb.register();
    })
    .catch((error: unknown) => console.warn('Service worker registration failed; the app works online only', error));
}

/** Asks the server for a new worker (a new build or new data); it installs quietly if there is one. */
export async function checkForUpdate(): Promise<void> {
  try {
    await workbox?.update();
  } catch {
    // Offline: the next check will try again.
  }
}

/** Switches to the waiting version and reloads into it. False when nothing is waiting. */
export function applyUpdate(): boolean {
  const wb = workbox;
  if (!wb || !updateWaiting) return false;
  wb.addEventListener('controlling', () => window.location.reload());
  wb.messageSkipWaiting();
  return true;
}

/**
 * A page whose build is not the one the service worker in charge serves (a new version took it
 * over, maybe while it was loading from the old one) reloads into that build. Checked at start,
 * when a worker is in charge, and whenever another version takes charge (on a first visit the
 * first version takes over a page of its own build: no reload). Only the kiosk asks for this; the
 * web uses a new version at the next visit.
 */
function reloadIntoVersionInCharge(): void {
  const check = () =>
    void newerBuildDeployed().then((newer) => {
      if (newer && mayReloadOnce(VERSION_RELOAD_KEY)) window.location.reload();
    });
  navigator.serviceWorker.addEventListener('controllerchange', check);
  if (navigator.serviceWorker.controller) check();
}
