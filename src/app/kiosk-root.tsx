import { KioskFatalError } from '@/features/kiosk/kiosk-fatal-error';
import { ErrorBoundary } from '@/shared/ui/error-boundary';
import { kioskReloadDelayMs, reloadKiosk } from './kiosk-recovery';
import { KioskApp } from './kiosk-app';

/** The kiosk behind an error boundary: a render error becomes a friendly screen and a self-reload. */
export function KioskRoot() {
  return (
    <ErrorBoundary
      fallback={() => <KioskFatalError delayMs={kioskReloadDelayMs()} onRestart={() => reloadKiosk()} />}
      onError={(error, info) => console.error('Kiosk: render error, restarting', error, info.componentStack)}
    >
      <KioskApp />
    </ErrorBoundary>
  );
}
