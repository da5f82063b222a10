/** The official logo files in public/logos/ when the app was built (vite.config.ts, partnerLogoFiles). */
declare module 'virtual:partner-logo-files' {
  export const logoFiles: readonly string[];
}
