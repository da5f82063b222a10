import type { TFunction } from 'i18next';
import type { RootOptions } from 'react-dom/client';
import { homeUrl } from '@/features/kiosk/kiosk-home';
import { storedHomeLanguage } from '@/features/kiosk/kiosk-launch';
import { SOURCE_LANGUAGE } from '@/features/language/locales';
import { fetchPageHtml } from '@/shared/lib/page-html';
import { nextReloadDelayMs, recordReload } from '@/shared/lib/reload-guard';
import { retryUntil, type RetrySchedule } from '@/shared/lib/retry-schedule';
import { reloadPage } from './error-recovery';

/**
 * The kiosk, which nobody watches, must not stay broken: a friendly screen and a self-reload with
 * backoff. Its own chunk, loaded on kiosk launches only.
 */
const KIOSK_RELOAD_KEY = 'partner-showcase.kiosk-reload';

export function kioskReloadDelayMs(): number {
  return nextReloadDelayMs(KIOSK_RELOAD_KEY);
}

const pageAnswers = async () => (await fetchPageHtml()) !== null;
let waitingForPage: RetrySchedule | null = null;

/**
 * Reloads the kiosk onto its clean home page, counting the reload for the backoff, as soon as the
 * page can be had (from the server or the service worker): a reload with neither would leave the
 * booth on the browser's offline screen, with nothing of ours to bring it back.
 */
export function reloadKiosk(reload: () => void = reloadPage, answers: () => Promise<boolean> = pageAnswers): void {
  if (waitingForPage) return waitingForPage.now();
  waitingForPage = retryUntil(
    async () => {
      if (!(await answers())) return false;
      waitingForPage = null;
      recordReload(KIOSK_RELOAD_KEY);
      window.history.replaceState(null, '', homeUrl(window.location, storedHomeLanguage() ?? SOURCE_LANGUAGE));
      reload();
      return true;
    },
    { immediate: true },
  );
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
  heading.textContent = t('kiosk:fatal.heading');
  const body = document.createElement('p');
  body.textContent = t('kiosk:fatal.body', { count: Math.ceil(delayMs / 1000) });
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = t('kiosk:fatal.restart');
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
