import { QRCodeSVG } from 'qrcode.react';

/** Rendered as SVG elements by qrcode.react (no image file, no innerHTML). Loaded lazily. */
export function QrCodeSvg({ value, label, size }: { value: string; label: string; size: number }) {
  return (
    <QRCodeSVG
      value={value}
      size={size}
      level="M"
      marginSize={2}
      bgColor="#ffffff"
      fgColor="#111111"
      role="img"
      aria-label={label}
      title={label}
    />
  );
}
