import { updateUrl } from '@/shared/lib/url';
import { AVAILABLE_LANGUAGES, REVIEW_LANGUAGES } from './locales';

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

function readStorage(): string | null {
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
  updateUrl({ lng }, { history: 'replace' });
}

/** ?lng=, else the saved choice, else the browser's languages, else English. */
export function detectLanguage(
  search: string = window.location.search,
  browserLanguages: readonly string[] = navigator.languages ?? [navigator.language],
): string {
  const fromUrl = new URLSearchParams(search).get('lng');
  if (isUrlOnlyLanguage(fromUrl)) return fromUrl;
  const fromStorage = readStorage();
  for (const candidate of [fromUrl, fromStorage, ...browserLanguages]) {
    const match = matchLanguage(candidate);
    if (match) return match;
  }
  return matchLanguage('en') ?? AVAILABLE_LANGUAGES[0] ?? 'en';
}
