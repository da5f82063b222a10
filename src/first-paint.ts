/**
 * The page's entry, a few kilobytes: it picks the language, sets <html lang>, shows the first screen
 * prerendered in that language and, once the browser has painted it, starts the language's texts
 * and the app (src/main.tsx), which hydrates that screen. The app's script then downloads on its own
 * instead of competing with the stylesheet and the data for the first round trips, and a visitor is
 * reading the header meanwhile. The kiosk has no prerendered screen and starts the app at once.
 */
import { reloadOnStaleChunks } from './app/error-recovery';
import { loadApp } from './app/app-loader';
import { afterFirstPaint, showFirstScreen } from './app/first-screen';
import { initialLanguage, initialNamespaces, isKioskLaunch } from './app/initial-language';
import { preloadLocale } from './features/language/locales';
import { htmlLangOf } from './shared/lib/html-lang';
import './shared/ui/base.css';

// A chunk of an older build is gone after a deploy (the app's own, first of all): reload once.
// A chunk that did not download for another reason is tried again where it is needed.
reloadOnStaleChunks();
const kiosk = isKioskLaunch();
const language = initialLanguage(kiosk);
if (language !== 'cimode') document.documentElement.lang = htmlLangOf(language);
const firstScreen = showFirstScreen(language, { kiosk });

function start() {
  const screenLanguage = () => firstScreen?.language() ?? language;
  preloadLocale(screenLanguage(), initialNamespaces(kiosk));
  void loadApp(() => import('./main'), screenLanguage).then(({ startApp }) =>
    startApp({ kiosk, language: firstScreen?.release() ?? language, hydrate: firstScreen !== null }),
  );
}

if (firstScreen) afterFirstPaint(start);
else start();
