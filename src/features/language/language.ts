import { htmlLangOf } from '@/shared/lib/html-lang';
import { updateUrl } from '@/shared/lib/url';
import { AVAILABLE_LANGUAGES, REVIEW_LANGUAGES } from './locales';

/**
 * The one owner of the page's language outside i18next: it reads and writes ?lng=, remembers a
 * visitor's choice, and applies a language to the document (<html lang>, the title). The page's
 * entry calls it before React has loaded, i18next after every change (language/i18n.ts).
 */
export const LANGUAGE_PARAM = 'lng';
export const LANGUAGE_STORAGE_KEY = 'partner-showcase.lng';
/** Languages that exist for review only and are accepted from the URL, never offered or saved. */
const URL_ONLY_LANGUAGES = ['cimode', ...REVIEW_LANGUAGES];

export function isUrlOnlyLanguage(lng: string | null | undefined): lng is string {
  return !!lng && URL_ONLY_LANGUAGES.includes(lng);
}

export function matchLanguage(candidate: string | null | undefined, available = AVAILABLE_LANGUAGES): string | null {
  if (!candidate) return null;
  const lower = candidate.toLowerCase();
  const exact = available.find((lng) => lng.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0];
  return available.find((lng) => lng.toLowerCase() === base) ?? null;
}

/** The language ?lng= names, if the page has it (review languages included), else null. */
export function languageFromUrl(search: string | URLSearchParams = window.location.search): string | null {
  const value = (typeof search === 'string' ? new URLSearchParams(search) : search).get(LANGUAGE_PARAM);
  return isUrlOnlyLanguage(value) ? value : matchLanguage(value);
}

/** The same page in another language: the URL a language link points to. */
export function languageHref(lng: string): string {
  return `?${new URLSearchParams({ [LANGUAGE_PARAM]: lng }).toString()}`;
}

function savedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function saveLanguage(lng: string): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Private mode or a full quota: the choice still holds for this visit through the URL.
  }
}

/** A visitor's choice: remembered, and put in the URL (replacing the entry) so a shared link keeps it. */
export function chooseLanguage(lng: string): void {
  saveLanguage(lng);
  updateUrl({ [LANGUAGE_PARAM]: lng }, { history: 'replace' });
}

/** ?lng=, else the saved choice, else the browser's languages, else English. */
export function detectLanguage(
  search: string = window.location.search,
  browserLanguages: readonly string[] = navigator.languages ?? [navigator.language],
): string {
  const fromUrl = languageFromUrl(search);
  if (fromUrl) return fromUrl;
  for (const candidate of [savedLanguage(), ...browserLanguages]) {
    const match = matchLanguage(candidate);
    if (match) return match;
  }
  return matchLanguage('en') ?? AVAILABLE_LANGUAGES[0] ?? 'en';
}

/** Puts a language on the document: <html lang> at once, the title once its text is known. */
export function applyLanguage(lng: string, title?: string): void {
  if (typeof document === 'undefined' || lng === 'cimode') return;
  document.documentElement.lang = htmlLangOf(lng);
  if (title) document.title = title;
}
