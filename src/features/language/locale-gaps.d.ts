/** Built from locales/ by vite.config.ts: for each language, the namespaces in which it lacks a text another language has. */
declare module 'virtual:locale-gaps' {
  export const localeGaps: Readonly<Record<string, readonly string[]>>;
}
