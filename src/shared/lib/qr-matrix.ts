import { encode } from 'uqr';

/** A QR code as one SVG path: `size` modules square, quiet zone included. */
export interface DrawnQrCode {
  size: number;
  path: string;
}

/** The quiet zone, in modules: enough for a phone's camera on the page's white card. */
const MARGIN = 2;

/**
 * The QR code of `value` (error correction M, raised when the version has room to spare) as one
 * path of dark modules, a rectangle per run of dark modules in a row. Used by the build for codes
 * it knows (vite.config.ts) and by the browser for the others (src/shared/ui/qr-code-drawn.tsx).
 */
export function drawQrCode(value: string): DrawnQrCode {
  const { size, data } = encode(value, { ecc: 'M', boostEcc: true, border: MARGIN });
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x += 1) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x += 1;
      path += `M${start} ${y}h${x - start + 1}v1h${start - x - 1}z`;
    }
  });
  return { size, path };
}
