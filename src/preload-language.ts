/**
 * The page's first script, a few hundred bytes: it works out the first language and starts
 * downloading its texts, so they arrive while the app's script is still on its way instead of one
 * round trip after it. The app (main.tsx) then finds the modules already loaded.
 */
import { initialLanguage, initialNamespaces, isKioskLaunch } from './app/initial-language';
import { preloadLocale } from './features/language/locales';

const kiosk = isKioskLaunch();
preloadLocale(initialLanguage(kiosk), initialNamespaces(kiosk));
