import type { i18n as I18n } from 'i18next';
import type { ViteHotContext } from 'vite/types/hot.js';
import { PSEUDO_LANGUAGE, TEXTS_REPLACED, loadLocale, replaceLocale, type Texts } from './locales';

/** Sent by the dev server (scripts/i18n/vite-locale-hmr.mjs) when a locale file is saved. */
export const LOCALE_EDIT_EVENT = 'partner-showcase:locale-edit';

export interface LocaleEdit {
  lng: string;
  ns: string;
  resources: Texts;
}

/**
 * Dev only: a saved locale file replaces its bundle in place, without a page reload, so the
 * filters, search, open testimonial and scroll position stay. react-i18next re-renders on the
 * instance's TEXTS_REPLACED event. The pseudo-locale is regenerated when English changes.
 */
export function watchLocaleEdits(hot: ViteHotContext, instance: I18n): void {
  hot.on(LOCALE_EDIT_EVENT, async ({ lng, ns, resources }: LocaleEdit) => {
    replaceLocale(lng, ns, resources);
    // The file is valid again: take down the error overlay a broken save put up.
    document.querySelectorAll('vite-error-overlay').forEach((overlay) => overlay.remove());
    for (const code of [lng, ...(lng === 'en' ? [PSEUDO_LANGUAGE] : [])]) {
      if (!instance.hasResourceBundle(code, ns)) continue;
      const texts = await loadLocale(code, ns);
      // Replace rather than merge, so a key deleted from the file disappears too.
      instance.removeResourceBundle(code, ns);
      instance.addResourceBundle(code, ns, texts, false, true);
    }
    instance.emit(TEXTS_REPLACED);
  });
}
