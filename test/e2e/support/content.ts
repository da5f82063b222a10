import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
export const LANGUAGE_BUTTON: Record<Lang, string> = { zh: '中文', en: 'English' };

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
export const common = (lang: Lang): Tree => readJson<Tree>(`locales/${lang}/common.json`);

/** A UI string by its dotted key, e.g. ui('en', 'error.retry'). */
export function ui(lang: Lang, key: string): string {
  const value = key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), common(lang));
  if (typeof value !== 'string') throw new Error(`no string ${key} in locales/${lang}/common.json`);
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
    for (const ns of ['common', 'partners', 'community']) walk(readJson<Tree>(`locales/${lang}/${ns}.json`), '');
  }
  return [...keys].filter((key) => key.includes('.'));
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
