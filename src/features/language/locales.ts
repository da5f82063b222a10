/**
 * Locale discovery: the languages offered are the folders under locales/. Each file becomes its
 * own content-hashed chunk, fetched only when its language is needed, so adding locales/ja/ adds
 * 日本語 with no code change.
 */
import { htmlLangOf } from '../../shared/lib/html-lang';

/**
 * The namespaces the first screen needs, loaded before it renders. The others (program,
 * community: the sections below the list) load when a component first asks for them.
 */
export const NAMESPACES = ['common', 'partners'] as const;
export const SOURCE_LANGUAGE = 'zh';

type Loader = () => Promise<{ default: Record<string, unknown> }>;

// Folders starting with "_" (translator notes, source hashes) are tooling data: never bundled.
const loaders = import.meta.glob<{ default: Record<string, unknown> }>(['../../../locales/*/*.json', '!../../../locales/_*/**']);

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

export async function loadLocale(lng: string, ns: string): Promise<Record<string, unknown>> {
  if (PSEUDO_ENABLED && lng === PSEUDO_LANGUAGE) {
    const [{ pseudoBundle }, english] = await Promise.all([import('./pseudo'), loadLocale('en', ns)]);
    return pseudoBundle(english);
  }
  const edited = hotEdits.get(`${lng}/${ns}`);
  if (edited) return edited;
  const loader = loaderByKey.get(`${lng}/${ns}`);
  if (!loader) return {};
  return (await loader()).default;
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
 * them. The preload entry calls it before the app's script has arrived; loadLocale then finds the
 * modules already on their way.
 */
export function preloadLocale(lng: string, namespaces: readonly string[] = NAMESPACES): void {
  for (const ns of namespaces) {
    if (hasLocale(lng, ns)) loadLocale(lng, ns).catch(() => {
      // The app's own request reports the failure; a preload only saves time.
    });
  }
}
