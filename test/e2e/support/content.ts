import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import i18next, { type i18n } from 'i18next';

/**
 * The real content, read from the repository, so specs assert on what a visitor reads rather
 * than on copies of it that could drift.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const readJson = <T>(path: string): T => JSON.parse(readFileSync(`${root}${path}`, 'utf8')) as T;

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
/** The browser locale that picks each language, and the <html lang> it gives. */
export const BROWSER_LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
/** The language links' names: each language in its own words. */
export const LANGUAGE_NAME: Record<Lang, string> = { zh: '中文', en: 'English' };

export interface PartnerRecord {
  id: string;
  logo?: string;
  website?: string;
  industries: string[];
  featured?: boolean;
}
export interface PartnersFile {
  partners: PartnerRecord[];
  community?: { contributors: string[]; users: string[] };
}
interface PartnerText {
  name: string;
  speaker?: string;
  title?: string;
  quote: string;
}
type Tree = { [key: string]: string | Tree };

/** A fresh copy of public/data/partners.json each call, safe to modify. */
export const partnersFile = (): PartnersFile => readJson<PartnersFile>('public/data/partners.json');
export const partnerText = (lang: Lang, id: string): PartnerText =>
  readJson<Record<string, PartnerText>>(`locales/${lang}/partners.json`)[id]!;
/** The namespaces of the page, one file each per language (see locales/zh/). */
const NAMESPACES = readdirSync(`${root}locales/zh`)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length));

/** i18next over one language's files, as the page formats them (plurals, {{count, number}}). */
const translators = new Map<Lang, i18n>();
function translatorOf(lang: Lang): i18n {
  let translator = translators.get(lang);
  if (!translator) {
    translator = i18next.createInstance();
    const resources = { [lang]: Object.fromEntries(NAMESPACES.map((ns) => [ns, readJson<Tree>(`locales/${lang}/${ns}.json`)])) };
    void translator.init({
      lng: lang,
      fallbackLng: false,
      ns: NAMESPACES,
      defaultNS: 'common',
      resources,
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    translators.set(lang, translator);
  }
  return translator;
}

/**
 * A text by its key, as the code writes it: ui('en', 'error.retry') (common.json), ui('zh', 'kiosk:pause').
 * With values, the text as the page shows it, through i18next: ui('en', 'filter.results', { count: 3, total: 12 }).
 */
export function ui(lang: Lang, key: string, values?: Record<string, string | number>): string {
  const [ns, path] = key.includes(':') ? (key.split(':') as [string, string]) : ['common', key];
  const file = `locales/${lang}/${ns}.json`;
  if (values) {
    // Keys here are any the specs name, not the typed keys of the app's own calls.
    const translator = translatorOf(lang) as unknown as {
      exists: (key: string, options: object) => boolean;
      t: (key: string, options: object) => string;
    };
    if (!translator.exists(path, { ns, ...values })) throw new Error(`no text ${path} in ${file} for ${JSON.stringify(values)}`);
    return translator.t(path, { ns, ...values });
  }
  const value = path
    .split('.')
    .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), readJson<Tree>(file));
  if (typeof value !== 'string') throw new Error(`no string ${path} in ${file}`);
  return value;
}

/** Every key of every namespace, e.g. "filter.results" or "baidu.quote": none may ever be shown. */
export function allKeys(): string[] {
  const keys = new Set<string>();
  const walk = (node: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') keys.add(path);
      else walk(value, path);
    }
  };
  for (const lang of LANGS) {
    for (const ns of NAMESPACES) walk(readJson<Tree>(`locales/${lang}/${ns}.json`), '');
  }
  return [...keys].filter((key) => key.includes('.'));
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
