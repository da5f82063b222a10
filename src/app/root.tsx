import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { lazy, StrictMode, useLayoutEffect } from 'react';
import { isKioskMode } from '@/features/kiosk/kiosk-launch';
import { useSearchParams } from '@/shared/hooks/use-url-state';
import { App } from './app';
import { Providers } from './providers';

// The kiosk is a separate chunk: web visitors never download it.
const KioskRoot = lazy(() => import('./kiosk-root').then((module) => ({ default: module.KioskRoot })));

/** ?kiosk=1 turns the same app into the booth display. */
export function Root() {
  return isKioskMode(useSearchParams()) ? <KioskRoot /> : <App />;
}

/** The moment the first screen is interactive, as a User Timing mark (the benchmark counts the scripts loaded before it). */
function useInteractiveMark() {
  // A layout effect: at the commit that attached the event handlers, before what effects start.
  useLayoutEffect(() => void performance.mark('interactive'), []);
}

/** The whole page: what the browser renders (src/app/render-page.tsx) and what the build prerenders (prerender.tsx). */
export function PageRoot({ i18n, queryClient }: { i18n: I18n; queryClient: QueryClient }) {
  useInteractiveMark();
  return (
    <StrictMode>
      <Providers i18n={i18n} queryClient={queryClient}>
        <Root />
      </Providers>
    </StrictMode>
  );
}
