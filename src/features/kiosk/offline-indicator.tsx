import { useTexts } from '@/shared/hooks/use-texts';
import { useOnline } from '@/shared/hooks/use-online';

/**
 * A small, quiet note for staff that the kiosk runs from its offline copy. The status region is
 * always present, so the change is announced when the network goes.
 */
export function OfflineIndicator() {
  const { tx } = useTexts('kiosk');
  const online = useOnline();
  return (
    <div className="kiosk-offline kiosk-drift" role="status">
      {!online && (
        <span className="kiosk-offline__pill">
          <span className="kiosk-offline__dot" aria-hidden="true" />
          {tx('offline')}
        </span>
      )}
    </div>
  );
}
