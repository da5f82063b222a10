/**
 * The page's entry, a few kilobytes: it picks the language and puts it on the document, shows the
 * first screen prerendered in that language and, once the browser has painted it, downloads the
 * app, which hydrates that screen (src/app/render-page.tsx). Should the app's script not download,
 * the page says so and tries again by itself; a deploy that replaced the build is reloaded into.
 */
import { afterFirstPaint, showFirstScreen, showLoadFailedNotice } from '@/app/first-screen';
import { initialLanguage, initialNamespaces, isKioskLaunch } from '@/app/initial-language';
import { applyLanguage } from '@/features/language/language';
import { preloadTexts } from '@/features/language/locales';
import { loadLatinFace } from '@/shared/lib/latin-face';
import { newerBuildDeployed } from '@/shared/lib/page-html';
import { reloadOnStaleChunks, retryUntil } from '@/shared/lib/recovery';
import { nextTask } from '@/shared/lib/when-idle';
import '@/shared/ui/base.css';

start();

function start(): void {
  reloadOnStaleChunks(newerBuildDeployed);
  const kiosk = isKioskLaunch();
  const lng = initialLanguage(kiosk);
  applyLanguage(lng);
  const typeface = kiosk ? loadLatinFace() : null;
  // The kiosk and the translators' review view (?compare) are other pages: no prerendered screen.
  const hydrate = !kiosk && !new URLSearchParams(window.location.search).has('compare') && showFirstScreen(lng);
  const loadApp = () => {
    // The texts download beside the code, each asked for in a task of its own (Lighthouse's TBT).
    preloadTexts(lng, initialNamespaces(kiosk));
    let hideNotice: (() => void) | null = null;
    const retries = retryUntil(
      async () => {
        try {
          const { renderPage } = await import('@/app/render-page');
          await typeface;
          // Evaluating the app's modules is a task's worth of work already: rendering starts in the next.
          await nextTask();
          hideNotice?.();
          renderPage({ lng, kiosk, hydrate });
          return true;
        } catch (error) {
          console.error('The app did not download; trying again', error);
          hideNotice ??= showLoadFailedNotice(lng, () => retries.now());
          return false;
        }
      },
      { immediate: true },
    );
  };
  if (hydrate) afterFirstPaint(loadApp);
  else loadApp();
}
