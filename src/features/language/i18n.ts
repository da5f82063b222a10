import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { localeGaps } from 'virtual:locale-gaps';
import { htmlLangOf } from '@/shared/lib/html-lang';
import { watchLocaleEdits } from './locale-hot-reload';
import { AVAILABLE_LANGUAGES, NAMESPACES, REVIEW_LANGUAGES, SOURCE_LANGUAGE, hasLocale, loadLocale } from './locales';

/**
 * The one module that changes the language. It also keeps <html lang> and document.title in step.
 *
 * Fallback (English, then Chinese) must never cost the first paint: the requested language is
 * fetched before rendering; fallback languages are registered empty at once and filled in when
 * the browser is idle, and a component re-renders when they arrive (bindI18nStore: 'added').
 * A fallback is downloaded only where it can answer something: for the namespaces in which the
 * language lacks a text another language has (known from the files at build time, see
 * vite.config.ts), or once a text is found missing at run time (a t() miss; partner texts report
 * theirs through t() too). A complete language costs its own files and nothing more.
 */
export const FALLBACK_ORDER = ['en', SOURCE_LANGUAGE];

export function fallbackChain(lng: string): string[] {
  return FALLBACK_ORDER.filter((fallback) => fallback !== lng && AVAILABLE_LANGUAGES.includes(fallback));
}

// Also runs in Node, where the build prerenders the first screen (src/app/prerender.tsx).
const whenIdle = (task: () => void) =>
  typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function'
    ? window.requestIdleCallback(task, { timeout: 3_000 })
    : setTimeout(task, 200);

interface LocaleBackend extends BackendModule {
  requested: string;
  ensure(instance: I18n, lng: string): Promise<void>;
  /** Fills the fallback bundles held back so far: all of them, or those of the given namespaces. */
  fillFallbacks(namespaces?: readonly string[]): void;
}

/** The first screen's namespaces and every one a component has asked for since (i18next adds those to options.ns). */
const namespacesInUse = (instance: I18n): string[] => [...new Set([...NAMESPACES, ...[instance.options.ns ?? []].flat()])];

const hasGaps = (lng: string, ns: string) => (localeGaps[lng] ?? []).includes(ns);

function createBackend(initialLanguage: string, owner: () => I18n): LocaleBackend {
  const pending = new Map<string, Promise<Record<string, unknown>>>();
  const load = (lng: string, ns: string) => {
    const key = `${lng}/${ns}`;
    let promise = pending.get(key);
    if (!promise) {
      promise = loadLocale(lng, ns);
      promise.catch(() => pending.delete(key));
      pending.set(key, promise);
    }
    return promise;
  };
  const heldBack = new Set<string>();
  const fill = (lng: string, ns: string) => {
    heldBack.delete(`${lng}/${ns}`);
    whenIdle(() => {
      void load(lng, ns).then((data) => owner().addResourceBundle(lng, ns, data, true, false));
    });
  };
  return {
    type: 'backend',
    requested: initialLanguage,
    init() {},
    read(lng, ns, callback) {
      if (lng === this.requested || lng === 'dev') {
        load(lng, ns).then(
          (data) => callback(null, data),
          (error: Error) => callback(error, false),
        );
        return;
      }
      // Answered in a microtask, not synchronously: i18next may ask while React renders a component
      // (a namespace asked for the first time), and an answer then would update the other
      // components bound to the store in the middle of that render.
      queueMicrotask(() => callback(null, {}));
      if (hasGaps(this.requested, ns)) fill(lng, ns);
      else heldBack.add(`${lng}/${ns}`);
    },
    fillFallbacks(namespaces) {
      for (const key of [...heldBack]) {
        const [lng, ns] = key.split('/') as [string, string];
        if (!namespaces || namespaces.includes(ns)) fill(lng, ns);
      }
    },
    async ensure(instance, lng) {
      await Promise.all(
        namespacesInUse(instance)
          .filter((ns) => hasLocale(lng, ns))
          .map(async (ns) => instance.addResourceBundle(lng, ns, await load(lng, ns), true, true)),
      );
    },
  };
}

function syncDocument(instance: I18n, lng: string) {
  if (typeof document === 'undefined' || lng === 'cimode') return;
  document.documentElement.lang = htmlLangOf(lng);
  const title = instance.t('app.title', { lng });
  if (title) document.title = title;
}

/**
 * A new i18next instance; render with it at once (components suspend until `ready`).
 * `namespaces`: the texts to load before `ready` (default: the first screen's); others load when
 * a component asks for them.
 * `syncDocument: false` for a second instance that renders one column of the review view and
 * must leave <html lang> and the title to the page's own language.
 */
export function createI18n(
  lng: string,
  { syncDocument: sync = true, namespaces = NAMESPACES }: { syncDocument?: boolean; namespaces?: readonly string[] } = {},
): { i18n: I18n; ready: Promise<unknown> } {
  const instance = i18next.createInstance();
  const backend = createBackend(lng, () => instance);
  instance.use(backend).use(initReactI18next);
  if (sync) instance.on('languageChanged', (current) => syncDocument(instance, current));
  if (import.meta.hot) watchLocaleEdits(import.meta.hot, instance, () => sync && syncDocument(instance, instance.language));
  const missingText = (key: string) => {
    if (import.meta.env.DEV) console.warn(`Missing translation: ${key}`);
    backend.fillFallbacks();
    return '';
  };
  const ready = instance.init({
    lng,
    supportedLngs: [...AVAILABLE_LANGUAGES, ...REVIEW_LANGUAGES],
    fallbackLng: (code) => fallbackChain(code),
    ns: [...namespaces],
    defaultNS: 'common',
    returnEmptyString: false,
    returnNull: false,
    interpolation: { escapeValue: false }, // React escapes.
    // A raw key is never shown to a visitor: missing text renders as nothing and is reported, and
    // so does a group of texts asked for as one text (i18next would say "returned an object").
    parseMissingKeyHandler: (key) => missingText(key),
    returnedObjectHandler: (key) => missingText(key),
    react: { useSuspense: true, bindI18n: 'languageChanged', bindI18nStore: 'added' },
  });
  return { i18n: instance, ready };
}

const lastRequested = new WeakMap<I18n, string>();

/** Loads every namespace of the language first, so the switch paints once, fully translated. */
export async function switchLanguage(instance: I18n, lng: string): Promise<void> {
  // The last choice wins: files for an earlier choice that arrive late must not switch back to it.
  lastRequested.set(instance, lng);
  if (instance.language === lng) return;
  const backend = instance.modules.backend as LocaleBackend | undefined;
  if (backend && lng !== 'cimode') {
    backend.requested = lng;
    backend.fillFallbacks(namespacesInUse(instance).filter((ns) => hasGaps(lng, ns)));
    await backend.ensure(instance, lng);
    if (lastRequested.get(instance) !== lng) return;
  }
  await instance.changeLanguage(lng);
}
