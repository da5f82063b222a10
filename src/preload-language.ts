/**
 * The page's first script (about 2 kB with the language code, which the app imports from its
 * chunk): it works out the first language and starts downloading its texts, so they arrive while
 * the app's script is still on its way instead of one round trip after it. The app (main.tsx)
 * then finds the modules already loaded.
 */
import { initialLanguage, initialNamespaces, isKioskLaunch } from './app/initial-language';
import { preloadLocale } from './features/language/locales';

const kiosk = isKioskLaunch();
preloadLocale(initialLanguage(kiosk), initialNamespaces(kiosk));
