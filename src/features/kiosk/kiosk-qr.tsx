import type { ReactNode } from 'react';
import { QrCode } from '@/shared/ui/qr-code';

interface KioskQrProps {
  value: string;
  label: string;
  /** What scanning gives, under the code. */
  caption: ReactNode;
  /** The join slide's code, large enough to scan from a step back. */
  large?: boolean;
}

/** Where a web page would offer a link, the kiosk offers its address to scan and take away. */
export function KioskQr({ value, label, caption, large = false }: KioskQrProps) {
  return (
    <div className={large ? 'kiosk-qr kiosk-qr--large' : 'kiosk-qr'}>
      {/* kiosk.css sizes the code by the screen; the pixel size is what it starts from. */}
      <QrCode value={value} label={label} size={large ? 320 : 220} />
      <p className="kiosk-qr__caption">{caption}</p>
    </div>
  );
}
