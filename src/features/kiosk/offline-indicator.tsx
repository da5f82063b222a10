import { useTranslation } from 'react-i18next';
import { useOnline } from '@/shared/hooks/use-online';

/**
 * A small, quiet note for staff that the kiosk runs from its offline copy. The status region is
 * always present, so the change is announced when the network goes.
 */
export function OfflineIndicator() {
  const { t } = useTranslation('kiosk');
  const online = useOnline();
  return (
    <div className="kiosk-offline kiosk-drift" role="status">
      {!online && (
        <span className="kiosk-offline__pill">
          <span className="kiosk-offline__dot" aria-hidden="true" />
          {t('offline')}
        </span>
      )}
    </div>
  );
}
