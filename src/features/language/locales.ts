/**
 * Locale discovery and loading: the languages offered are the folders under locales/, so adding
 * locales/ja/ adds 日本語 with no code change. Each file is published as it is, a content-hashed
 * JSON file fetched when its language is needed; a file a translator broke fails alone, at run
 * time, and its texts fall back (npm run i18n:check and the build name the line before that).
 * No i18next here: the page's entry uses this module before the app (and i18next) has loaded.
 */
import { DataFormatError, fetchJson } from '@/shared/lib/fetch-json';
import { nameInItsOwnWords } from '@/shared/lib/language-facts';
import { languageNames } from 'virtual:language-facts';

/** The texts the first screen needs, loaded before it renders; the others load where they are used. */
export const NAMESPACES = ['common', 'partners'] as const;

/** Emitted on an i18next instance when files already in use were loaded again (a retry, a saved edit in dev): components re-render. */
export const TEXTS_REPLACED = 'textsReplaced';
export const SOURCE_LANGUAGE = 'zh';

export type Texts = Record<string, unknown>;
type Loader = () => Promise<unknown>;

// Folders starting with "_" (translator notes, source hashes) are tooling data: never published.
// Node (the build's prerender, the unit tests) imports the files instead of fetching them.
const loaders: Record<string, Loader> =
  import.meta.env.SSR || import.meta.env.MODE === 'test'
    ? import.meta.glob(['../../../locales/*/*.json', '!../../../locales/_*/**'], { import: 'default' })
    : Object.fromEntries(
        Object.entries(
          import.meta.glob<string>(['../../../locales/*/*.json', '!../../../locales/_*/**'], {
            query: '?url',
            import: 'default',
            eager: true,
          }),
        ).map(([path, url]) => [path, () => fetchJson(url)]),
      );

const loaderByKey = new Map<string, Loader>();
for (const [path, loader] of Object.entries(loaders)) {
  const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (match) loaderByKey.set(`${match[1]}/${match[2]}`, loader);
}

/** The source language first, then the others by code. */
export const AVAILABLE_LANGUAGES: readonly string[] = [...new Set([...loaderByKey.keys()].map((key) => key.split('/')[0]!))].sort((a, b) =>
  a === SOURCE_LANGUAGE ? -1 : b === SOURCE_LANGUAGE ? 1 : a.localeCompare(b),
);

/**
 * Where a missing text is looked up next: English, then the source. The source language is
 * complete by definition and falls back to nothing, so a Chinese visitor downloads Chinese only.
 */
export function fallbackChain(lng: string): string[] {
  if (lng === SOURCE_LANGUAGE) return [];
  return ['en', SOURCE_LANGUAGE].filter((fallback) => fallback !== lng && AVAILABLE_LANGUAGES.includes(fallback));
}

/**
 * Languages for review, accepted from the URL but never offered in the switch: the
 * pseudo-locale, in dev and in preview builds (`vite build --mode preview`) only. The condition
 * is static, so a production build drops the pseudo-localiser and never accepts ?lng=pseudo.
 */
export const PSEUDO_LANGUAGE = 'pseudo';
export const PSEUDO_ENABLED = import.meta.env.DEV || import.meta.env.MODE === 'preview';
export const REVIEW_LANGUAGES: readonly string[] = PSEUDO_ENABLED ? [PSEUDO_LANGUAGE] : [];

export function hasLocale(lng: string, ns: string): boolean {
  if (PSEUDO_ENABLED && lng === PSEUDO_LANGUAGE) return loaderByKey.has(`en/${ns}`);
  return loaderByKey.has(`${lng}/${ns}`);
}

/** Where a key is in a file, as the console names it: "partners.huawei.quote". */
const pathTo = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * Texts and groups of texts only: a value a translator left as a list, a number or null is left
 * out (and named in the console), so the text falls back to another language instead of showing
 * i18next's "returned an object" message or nothing. A file whose top level is not an object of
 * texts is an error of its own. npm run i18n:check reports the same values.
 */
export function textsOnly(value: unknown, file: string, path = ''): Texts {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    if (!path) throw new DataFormatError(`${file} is not an object of texts`);
    return {};
  }
  // No prototype: a key such as "constructor" or "__proto__" is a text like any other.
  const kept: Texts = Object.create(null) as Texts;
  const texts = value as Record<string, unknown>;
  // for…in, and a key's path only when it is needed: a file of 10,000 partners is 50,000 texts, and
  // Object.entries' pairs and the paths made this copy take twice as long (60 ms in a page's load).
  for (const key in texts) {
    if (!Object.hasOwn(texts, key)) continue;
    const child = texts[key];
    if (typeof child === 'string') kept[key] = child;
    else if (child && typeof child === 'object' && !Array.isArray(child)) kept[key] = textsOnly(child, file, pathTo(path, key));
    else console.warn(`${file}: "${pathTo(path, key)}" is not a text; left out`);
  }
  return kept;
}

const loading = new Map<string, Promise<Texts>>();

/**
 * One file's texts. Requests are shared: the page's entry starts them before the app has loaded,
 * and i18next's backend later finds them on their way. A failed request is forgotten, so the
 * next attempt asks again.
 */
export function loadLocale(lng: string, ns: string): Promise<Texts> {
  const key = `${lng}/${ns}`;
  let texts = loading.get(key);
  if (!texts) {
    texts =
      PSEUDO_ENABLED && lng === PSEUDO_LANGUAGE
        ? Promise.all([import('./pseudo'), loadLocale('en', ns)]).then(([{ pseudoBundle }, english]) => pseudoBundle(english))
        : (loaderByKey.get(key)?.() ?? Promise.resolve({})).then((loaded) => textsOnly(loaded, `locales/${key}.json`));
    loading.set(key, texts);
    texts.catch(() => loading.delete(key));
  }
  return texts;
}

/** Dev only: a saved locale file replaces what was loaded (see locale-hot-reload.ts). */
export function replaceLocale(lng: string, ns: string, texts: Texts): void {
  loading.set(`${lng}/${ns}`, Promise.resolve(textsOnly(texts, `locales/${lng}/${ns}.json`)));
  // The pseudo-locale is made from English: made again on its next load.
  if (lng === 'en') loading.delete(`${PSEUDO_LANGUAGE}/${ns}`);
}

/**
 * Starts the downloads a language's first render will wait for: its files and its fallbacks'.
 * Each in a task of its own: starting a request costs the main thread a few milliseconds (more
 * with DevTools attached, as Lighthouse is), and four in one task made one long task.
 */
export function preloadTexts(lng: string, namespaces: readonly string[]): void {
  for (const code of [lng, ...fallbackChain(lng)]) {
    for (const ns of namespaces) {
      // A preload only saves time: the app's own request reports a failure.
      if (hasLocale(code, ns)) setTimeout(() => void loadLocale(code, ns).catch(() => {}));
    }
  }
}

const BUILT_NAMES = new Map(Object.entries(languageNames));

/** Each language named in its own words: 中文, English, 日本語… (the build names every locale folder). */
export function nativeNameOf(lng: string): string {
  return BUILT_NAMES.get(lng) ?? nameInItsOwnWords(lng) ?? lng;
}
