/**
 * Where the QR code and the program link point, unless VITE_JOIN_URL says otherwise at build time.
 * Plain data: vite.config.ts reads it too, to draw the join QR code when the app is built.
 */
export const DEFAULT_JOIN_URL = 'https://github.com/volcano-sh/community/blob/master/community-building-program.md';
