import type { DrawnQrCode } from '@/shared/lib/qr-matrix';

/** A drawn QR code as SVG elements (no image file, no innerHTML), dark on white at any size. */
export function QrSvg({ code, label, size }: { code: DrawnQrCode; label: string; size: number }) {
  return (
    <svg width={size} height={size} viewBox={`0 0 ${code.size} ${code.size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <title>{label}</title>
      <rect width={code.size} height={code.size} fill="#ffffff" />
      <path d={code.path} fill="#111111" />
    </svg>
  );
}
