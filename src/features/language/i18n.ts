import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { numberFormatter } from '@/shared/lib/format-number';
import { applyLanguage } from './language';
import { watchLocaleEdits } from './locale-hot-reload';
import { AVAILABLE_LANGUAGES, NAMESPACES, REVIEW_LANGUAGES, TEXTS_REPLACED, fallbackChain, loadLocale } from './locales';

/**
 * A new i18next instance over the locale files (i18next-resources-to-backend), with i18next's own
 * fallback: a text missing in the visitor's language comes from English, then Chinese, and the
 * component that shows it marks it with that language (shared/i18n/use-texts.tsx).
 *
 * `namespaces`: the files to load before `ready` (default: the first screen's); others load when a
 * component first asks for them, and a language change loads every namespace in use before it
 * shows, so a switch paints once, fully translated. `document: false` for an instance that must
 * leave <html lang> and the title alone (a column of the review view, the build's prerender).
 */
export function createI18n(
  lng: string,
  { document: ownsDocument = true, namespaces = NAMESPACES }: { document?: boolean; namespaces?: readonly string[] } = {},
): { i18n: I18n; ready: Promise<unknown> } {
  const instance = i18next.createInstance();
  instance.use(resourcesToBackend((code: string, ns: string) => loadLocale(code, ns))).use(initReactI18next);
  if (ownsDocument) {
    instance.on('languageChanged', (current) => applyLanguage(current, instance.t('app.title')));
    instance.on('initialized', () => applyLanguage(instance.language, instance.t('app.title')));
  }
  if (import.meta.hot) watchLocaleEdits(import.meta.hot, instance);
  const ready = instance.init({
    lng,
    supportedLngs: [...AVAILABLE_LANGUAGES, ...REVIEW_LANGUAGES],
    fallbackLng: (code: string) => fallbackChain(code),
    ns: [...namespaces],
    defaultNS: 'common',
    returnEmptyString: false,
    returnNull: false,
    interpolation: { escapeValue: false }, // React escapes.
    // A raw key is never shown: a text missing in every language renders as nothing.
    parseMissingKeyHandler: (key) => {
      if (import.meta.env.DEV) console.warn(`Missing translation: ${key}`);
      return '';
    },
    // A group of texts where one text belongs (a translator's slip): the next language's text.
    returnedObjectHandler: (key, _value, options) => {
      const ns = typeof options?.ns === 'string' ? options.ns : 'common';
      const fallback = fallbackChain(instance.language).find((code) => typeof instance.getResource(code, ns, key) === 'string');
      return fallback ? instance.t(key, { ...options, ns, lng: fallback }) : '';
    },
    // Components re-render when the language changes and when texts already shown are replaced
    // (TEXTS_REPLACED), not at every file that arrives: the later sections' files and the other
    // languages' names for search would each re-render every text on the page (Lighthouse TBT).
    // A component that needs a file not yet loaded suspends until it is in.
    react: { useSuspense: true, bindI18n: `languageChanged ${TEXTS_REPLACED}`, bindI18nStore: '' },
  });
  // {{count, number}} in a text: the app's number format, which spares the page ICU's number data
  // for small counts (src/shared/lib/format-number.ts). i18next keeps one per language and options.
  instance.services.formatter?.addCached('number', (code, options) => numberFormatter(code ?? instance.language, options));
  return { i18n: instance, ready };
}

/** True when every first-screen file of the language loaded: only then can the page hydrate the screen prerendered from them. */
export function hasFirstScreenTexts(instance: I18n, lng: string = instance.language): boolean {
  return NAMESPACES.every((ns) => instance.hasResourceBundle(lng, ns));
}
