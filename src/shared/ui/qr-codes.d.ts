/** The QR codes drawn when the app was built, by the value they encode (vite.config.ts, builtQrCodes). */
declare module 'virtual:qr-codes' {
  export const builtQrCodes: Readonly<Record<string, import('@/shared/lib/qr-matrix').DrawnQrCode>>;
}
