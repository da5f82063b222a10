import { htmlLangOf } from './html-lang';

/*
 * What Intl knows about a language, worked out by the build for every locale folder
 * (vite.config.ts, virtual:language-facts) and by the browser only for a language the build did
 * not know: a first Intl.DisplayNames or Intl.NumberFormat on a page loads ICU's data for it, some
 * 30 ms of main thread each while the page becomes interactive (npm run bench: Lighthouse TBT).
 */

/** A language named in its own words (中文, English, 日本語…), or null when Intl has no name for it. */
export function nameInItsOwnWords(lng: string): string | null {
  try {
    const tag = htmlLangOf(lng);
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(lng);
    if (name && name !== lng) return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    // An invalid tag: no name.
  }
  return null;
}

/** True when the language writes numbers in the digits 0-9 (not, say, Arabic-Indic digits). */
export function writesLatinDigits(lng: string): boolean {
  try {
    return new Intl.NumberFormat(htmlLangOf(lng)).resolvedOptions().numberingSystem === 'latn';
  } catch {
    return false;
  }
}
