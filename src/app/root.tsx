import { lazy } from 'react';
import { isKioskMode } from '../features/kiosk/kiosk-launch';
import { useSearchParams } from '../shared/hooks/use-url-state';
import { App } from './app';

// The kiosk is a separate chunk: web visitors never download it.
const KioskRoot = lazy(() => import('./kiosk-root').then((module) => ({ default: module.KioskRoot })));

/** ?kiosk=1 turns the same app into the booth display. */
export function Root() {
  return isKioskMode(useSearchParams()) ? <KioskRoot /> : <App />;
}
