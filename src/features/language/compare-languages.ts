import { parseList } from '@/shared/hooks/use-url-state';
import { isUrlOnlyLanguage, matchLanguage } from './language';
import { AVAILABLE_LANGUAGES } from './locales';

/** More columns than this no longer fit a review screen side by side. */
const MAX_COLUMNS = 4;

/**
 * The languages of the review view, from ?compare=zh,en: known languages (and the review-only
 * cimode and pseudo), each once, in the order given. An empty or unknown list compares every
 * language offered. null when the parameter is absent: the normal page.
 */
export function parseCompareLanguages(value: string | null): string[] | null {
  if (value === null) return null;
  const chosen = parseList(value).map((code) => (isUrlOnlyLanguage(code) ? code : matchLanguage(code)));
  const unique = [...new Set(chosen.filter((code): code is string => !!code))];
  return (unique.length > 0 ? unique : [...AVAILABLE_LANGUAGES]).slice(0, MAX_COLUMNS);
}
