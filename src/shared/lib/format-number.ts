import { latinDigitLanguages } from 'virtual:language-facts';
import { htmlLangOf } from './html-lang';

const LATIN_DIGITS = new Set(latinDigitLanguages);
// Options that change how a whole number below 1,000 is written (grouping does not, below 1,000).
const SHAPING = [
  'minimumFractionDigits',
  'minimumIntegerDigits',
  'minimumSignificantDigits',
  'notation',
  'numberingSystem',
  'signDisplay',
  'style',
];

/**
 * Numbers as `lng` writes them: "12", "10,000". `options` are Intl.NumberFormat's (others, such as
 * those i18next hands a formatter, are ignored). A whole number below 1,000 in a language written
 * with the digits 0-9 (known from the build: vite.config.ts) is its digits as they are, which is
 * what Intl gives too: the first Intl.NumberFormat on a page loads ICU's number data, some 30 ms
 * of main thread while the page becomes interactive, for counts that are small on every real page.
 * Intl formats any other number, with one formatter made when first needed.
 */
export function numberFormatter(lng: string, options: object = {}): (value: number) => string {
  const plainSmall = LATIN_DIGITS.has(lng) && !SHAPING.some((name) => name in options);
  let format: Intl.NumberFormat | undefined;
  return (value) => {
    if (plainSmall && Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
    format ??= new Intl.NumberFormat(htmlLangOf(lng), options as Intl.NumberFormatOptions);
    return format.format(value);
  };
}
