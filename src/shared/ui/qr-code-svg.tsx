import { useMemo } from 'react';
import { drawQrCode } from '@/shared/lib/qr-matrix';
import { QrSvg } from './qr-svg';

/** A QR code the build did not draw, drawn in the browser (the encoder loads lazily with it). */
export function QrCodeSvg({ value, label, size }: { value: string; label: string; size: number }) {
  const code = useMemo(() => drawQrCode(value), [value]);
  return <QrSvg code={code} label={label} size={size} />;
}
