import { useTexts } from '@/shared/hooks/use-texts';
import { QrCode } from '@/shared/ui/qr-code';

/** Where a web page would offer a link, the kiosk offers its address to scan and take away. */
export function KioskQr({ value, label }: { value: string; label: string }) {
  const { tx } = useTexts('kiosk');
  return (
    <div className="kiosk-qr">
      <QrCode value={value} label={label} size={200} />
      <p className="kiosk-qr__hint">{tx('scanHint')}</p>
    </div>
  );
}
