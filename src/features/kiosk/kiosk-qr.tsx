import { useTranslation } from 'react-i18next';
import { QrCode } from '@/shared/ui/qr-code';

/** Where a web page would offer a link, the kiosk offers its address to scan and take away. */
export function KioskQr({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation('kiosk');
  return (
    <div className="kiosk-qr">
      <QrCode value={value} label={label} size={200} />
      <p className="kiosk-qr__hint">{t('scanHint')}</p>
    </div>
  );
}
