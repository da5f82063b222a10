import type { TFunction } from 'i18next';
import type { RootOptions } from 'react-dom/client';
import { homeUrl, storedHomeLanguage } from '../features/kiosk/kiosk-home';
import { SOURCE_LANGUAGE } from '../features/language/locales';
import { mayReloadOnce, nextReloadDelayMs, recordReload } from '../shared/lib/reload-guard';

/**
 * Recovery for a page that must not stay broken: stale chunks after a deploy (web and kiosk), and
 * for the kiosk, which nobody watches, a friendly screen and a self-reload with backoff.
 */
const CHUNK_RELOAD_KEY = 'partner-showcase.chunk-reload';
const KIOSK_RELOAD_KEY = 'partner-showcase.kiosk-reload';

const reloadPage = () => window.location.reload();

/** A lazy chunk of an older build is gone after a deploy: reload once into the new build. */
export function reloadOnStaleChunks(reload: () => void = reloadPage): () => void {
  const onPreloadError = (event: Event) => {
    // Reloaded moments ago and still failing: let the error reach the error screen, do not loop.
    if (!mayReloadOnce(CHUNK_RELOAD_KEY)) return;
    event.preventDefault();
    reload();
  };
  window.addEventListener('vite:preloadError', onPreloadError);
  return () => window.removeEventListener('vite:preloadError', onPreloadError);
}

export function kioskReloadDelayMs(): number {
  return nextReloadDelayMs(KIOSK_RELOAD_KEY);
}

/** Reloads the kiosk onto its clean home page, counting the reload for the backoff. */
export function reloadKiosk(reload: () => void = reloadPage): void {
  recordReload(KIOSK_RELOAD_KEY);
  window.history.replaceState(null, '', homeUrl(window.location, storedHomeLanguage() ?? SOURCE_LANGUAGE));
  reload();
}

/**
 * The last resort, when React itself has given up (the root is unmounted): the same friendly
 * message as KioskFatalError, built from plain DOM nodes with textContent, and a timed reload.
 */
export function showStaticFatalScreen(t: TFunction, restart: () => void = reloadKiosk): void {
  const container = document.getElementById('root');
  if (!container || container.dataset.fatal) return;
  container.dataset.fatal = 'true';
  const delayMs = kioskReloadDelayMs();
  const screen = document.createElement('main');
  screen.className = 'kiosk-fatal';
  screen.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = t('kiosk.fatal.heading');
  const body = document.createElement('p');
  body.textContent = t('kiosk.fatal.body', { count: Math.ceil(delayMs / 1000) });
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = t('kiosk.fatal.restart');
  button.addEventListener('click', () => restart());
  screen.append(heading, body, button);
  container.replaceChildren(screen);
  window.setTimeout(() => restart(), delayMs);
}

/** Kiosk only: an error React could not contain, or any error that left the page blank, is fatal. */
export function installKioskErrorHandling(t: TFunction): RootOptions {
  const watchForBlankPage = () => {
    window.setTimeout(() => {
      if (!document.getElementById('root')?.hasChildNodes()) showStaticFatalScreen(t);
    }, 1_000);
  };
  window.addEventListener('error', watchForBlankPage);
  window.addEventListener('unhandledrejection', watchForBlankPage);
  return {
    onUncaughtError(error, info) {
      console.error('Kiosk: uncaught error, restarting', error, info.componentStack);
      showStaticFatalScreen(t);
    },
  };
}
