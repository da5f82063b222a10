/** What Intl knows of each locale folder's language, when the app was built (vite.config.ts, languageFacts). */
declare module 'virtual:language-facts' {
  /** Each language named in its own words. */
  export const languageNames: Readonly<Record<string, string>>;
  /** The languages that write numbers in the digits 0-9. */
  export const latinDigitLanguages: readonly string[];
}
