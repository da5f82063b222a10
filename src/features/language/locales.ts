/**
 * Locale discovery: the languages offered are the folders under locales/. Each file is published
 * as it is, a content-hashed JSON file fetched only when its language is needed, so adding
 * locales/ja/ adds 日本語 with no code change. Texts are data, not code: a browser parses them as
 * JSON instead of compiling them as scripts, and a file a translator broke fails alone, at run
 * time, with the language falling back (npm run i18n:check names the line before that).
 */
import { DataFormatError, fetchJson } from '@/shared/lib/fetch-json';
import { htmlLangOf } from '@/shared/lib/html-lang';

/**
 * The namespaces the first screen needs, loaded before it renders. The others (program,
 * community: the sections below the list) load when a component first asks for them.
 */
export const NAMESPACES = ['common', 'partners'] as const;
export const SOURCE_LANGUAGE = 'zh';

type Texts = Record<string, unknown>;
type Loader = () => Promise<Texts>;

async function fetchTexts(url: string): Promise<Texts> {
  const texts = await fetchJson(url);
  if (!texts || typeof texts !== 'object' || Array.isArray(texts)) throw new DataFormatError(`${url} is not an object of texts`);
  return texts as Texts;
}

// Folders starting with "_" (translator notes, source hashes) are tooling data: never published.
// Node (the build's prerender of the first screen, the unit tests) imports the files instead.
const loaders: Record<string, Loader> =
  import.meta.env.SSR || import.meta.env.MODE === 'test'
    ? Object.fromEntries(
        Object.entries(import.meta.glob<Texts>(['../../../locales/*/*.json', '!../../../locales/_*/**'], { import: 'default' })).map(
          ([path, load]) => [path, () => load()],
        ),
      )
    : Object.fromEntries(
        Object.entries(
          import.meta.glob<string>(['../../../locales/*/*.json', '!../../../locales/_*/**'], {
            query: '?url',
            import: 'default',
            eager: true,
          }),
        ).map(([path, url]) => [path, () => fetchTexts(url)]),
      );

function parseLocalePath(path: string): { lng: string; ns: string } | null {
  const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return match ? { lng: match[1]!, ns: match[2]! } : null;
}

const loaderByKey = new Map<string, Loader>();
for (const [path, loader] of Object.entries(loaders)) {
  const parsed = parseLocalePath(path);
  if (parsed) loaderByKey.set(`${parsed.lng}/${parsed.ns}`, loader);
}

/** Folders starting with "_" hold tooling data (translator notes), never a language. */
export const AVAILABLE_LANGUAGES: readonly string[] = [
  ...new Set([...loaderByKey.keys()].map((key) => key.split('/')[0]!).filter((lng) => !lng.startsWith('_'))),
].sort((a, b) => (a === SOURCE_LANGUAGE ? -1 : b === SOURCE_LANGUAGE ? 1 : a.localeCompare(b)));

/**
 * Languages for review, accepted from the URL but never offered in the switch: the
 * pseudo-locale, in dev and in preview builds (`vite build --mode preview`) only. The condition
 * is static, so a production build drops the pseudo-localiser and never accepts ?lng=pseudo.
 */
export const PSEUDO_LANGUAGE = 'pseudo';
export const PSEUDO_ENABLED = import.meta.env.DEV || import.meta.env.MODE === 'preview';
export const REVIEW_LANGUAGES: readonly string[] = PSEUDO_ENABLED ? [PSEUDO_LANGUAGE] : [];

/** Texts edited while the dev server runs, newer than the modules the glob imported. */
const hotEdits = new Map<string, Record<string, unknown>>();

export function replaceLocale(lng: string, ns: string, data: Record<string, unknown>): void {
  hotEdits.set(`${lng}/${ns}`, data);
}

export function hasLocale(lng: string, ns: string): boolean {
  if (PSEUDO_ENABLED && lng === PSEUDO_LANGUAGE) return loaderByKey.has(`en/${ns}`);
  return loaderByKey.has(`${lng}/${ns}`);
}

const loading = new Map<string, Promise<Texts>>();

/**
 * Texts and groups of texts only: a value a translator left as a list, a number or null is left
 * out (and named in the console), so the text falls back to another language instead of showing
 * i18next's "returned an object" message or nothing. npm run i18n:check reports the same values.
 */
export function textsOnly(value: Texts, file: string, path = ''): Texts {
  const kept: Texts = {};
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof child === 'string') kept[key] = child;
    else if (child && typeof child === 'object' && !Array.isArray(child)) kept[key] = textsOnly(child as Texts, file, at);
    else console.warn(`${file}: "${at}" is not a text; left out`);
  }
  return kept;
}

export async function loadLocale(lng: string, ns: string): Promise<Record<string, unknown>> {
  if (PSEUDO_ENABLED && lng === PSEUDO_LANGUAGE) {
    const [{ pseudoBundle }, english] = await Promise.all([import('./pseudo'), loadLocale('en', ns)]);
    return pseudoBundle(english);
  }
  const edited = hotEdits.get(`${lng}/${ns}`);
  if (edited) return edited;
  const key = `${lng}/${ns}`;
  const loader = loaderByKey.get(key);
  if (!loader) return {};
  // One request per file, shared by the entry's early start and the app's own load.
  let texts = loading.get(key);
  if (!texts) {
    texts = loader().then((loaded) => textsOnly(loaded, `locales/${key}.json`));
    loading.set(key, texts);
    texts.catch(() => loading.delete(key));
  }
  return texts;
}

/** Each language named in its own words: 中文, English, 日本語… */
export function nativeNameOf(lng: string): string {
  try {
    const name = new Intl.DisplayNames([htmlLangOf(lng)], { type: 'language' }).of(lng);
    if (name && name !== lng) return name.charAt(0).toLocaleUpperCase(htmlLangOf(lng)) + name.slice(1);
  } catch {
    // An invalid tag falls through to the folder name.
  }
  return lng;
}

/**
 * Starts downloading files of a language (by default the first screen's) without waiting for
 * them. The page's entry calls it beside importing the app; loadLocale then finds the requests
 * already on their way.
 */
export function preloadLocale(lng: string, namespaces: readonly string[] = NAMESPACES): void {
  for (const ns of namespaces) {
    if (hasLocale(lng, ns))
      loadLocale(lng, ns).catch(() => {
        // The app's own request reports the failure; a preload only saves time.
      });
  }
}
