import { ErrorBoundary } from '@/shared/ui/error-boundary';
import { KioskApp } from './kiosk-app';
import { KioskFailure } from './kiosk-recovery';

/** The kiosk behind an error boundary: a render error becomes a friendly screen and a self-restart. */
export function KioskRoot() {
  return (
    <ErrorBoundary
      fallback={() => <KioskFailure />}
      onError={(error, info) => console.error('Kiosk: render error, restarting', error, info.componentStack)}
    >
      <KioskApp />
    </ErrorBoundary>
  );
}
