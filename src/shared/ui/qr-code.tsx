import { lazy, Suspense } from 'react';

const QrCodeSvg = lazy(() => import('./qr-code-svg').then((module) => ({ default: module.QrCodeSvg })));

/** A QR code whose library loads only when one is shown; the box keeps its size meanwhile. */
export function QrCode({ value, label, size = 176 }: { value: string; label: string; size?: number }) {
  return (
    <div className="qr-code" style={{ width: size, height: size }}>
      <Suspense fallback={<div className="skeleton" role="img" aria-label={label} style={{ width: size, height: size }} />}>
        <QrCodeSvg value={value} label={label} size={size} />
      </Suspense>
    </div>
  );
}
