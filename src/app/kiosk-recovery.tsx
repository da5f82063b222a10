import type { i18n as I18n } from 'i18next';
import { createRoot, type RootOptions } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { KioskFatalError } from '@/features/kiosk/kiosk-fatal-error';
import { homeUrl } from '@/features/kiosk/kiosk-home';
import { storedHomeLanguage } from '@/features/kiosk/kiosk-launch';
import { SOURCE_LANGUAGE } from '@/features/language/locales';
import { fetchPageHtml } from '@/shared/lib/page-html';
import { reloadDelayMs, reloadPage, retryUntil, type RetrySchedule } from '@/shared/lib/recovery';

/**
 * The kiosk, which nobody watches, must not stay broken: a calm screen, then a restart onto its
 * clean home page that waits longer each time the kiosk keeps failing. Its own chunk, loaded on
 * kiosk launches only.
 */
const pageAnswers = async () => (await fetchPageHtml()) !== null;
let waitingForPage: RetrySchedule | null = null;

/**
 * Restarts the kiosk on its home page as soon as the page can be had (from the server or the
 * service worker): a reload with neither would leave the booth on the browser's offline screen.
 */
export function restartKiosk(answers: () => Promise<boolean> = pageAnswers, reload?: () => void): void {
  if (waitingForPage) return waitingForPage.now();
  waitingForPage = retryUntil(
    async () => {
      if (!(await answers())) return false;
      waitingForPage = null;
      reloadPage({ url: homeUrl(window.location, storedHomeLanguage() ?? SOURCE_LANGUAGE), minIntervalMs: 0, reload });
      return true;
    },
    { immediate: true },
  );
}

/** The friendly screen, counting down to the restart. */
export function KioskFailure() {
  return <KioskFatalError delayMs={reloadDelayMs()} onRestart={() => restartKiosk()} />;
}

/**
 * For the kiosk's React root: an error no boundary caught (React then unmounts the page), or any
 * error that left the page blank, shows the friendly screen in a root of its own.
 */
export function kioskRootOptions(i18n: I18n): RootOptions {
  let shown = false;
  const showFailure = () => {
    if (shown) return;
    shown = true;
    const host = document.createElement('div');
    document.body.append(host);
    createRoot(host).render(
      <I18nextProvider i18n={i18n}>
        <KioskFailure />
      </I18nextProvider>,
    );
  };
  const watchForBlankPage = () => {
    window.setTimeout(() => {
      if (!document.getElementById('root')?.hasChildNodes()) showFailure();
    }, 1_000);
  };
  window.addEventListener('error', watchForBlankPage);
  window.addEventListener('unhandledrejection', watchForBlankPage);
  return {
    onUncaughtError(error, info) {
      console.error('Kiosk: uncaught error, restarting', error, info.componentStack);
      showFailure();
    },
  };
}
