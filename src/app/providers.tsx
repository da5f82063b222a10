import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { AppSkeleton } from './app-skeleton';

/**
 * True once the first language's files are in. Until then the skeleton is rendered as plain
 * state, not as a Suspense fallback: React holds back the reveal of a suspended boundary for up
 * to 300 ms after its fallback showed (to batch reveals), which would delay the first text by that
 * much. Later suspensions (none on the web: a switch loads its files first) still have the boundary.
 */
function useI18nReady(i18n: I18n): boolean {
  const [ready, setReady] = useState(i18n.isInitialized);
  useEffect(() => {
    if (ready) return undefined;
    const done = () => setReady(true);
    if (i18n.isInitialized) done();
    i18n.on('initialized', done);
    return () => i18n.off('initialized', done);
  }, [i18n, ready]);
  return ready;
}

export function Providers({ i18n, queryClient, children }: { i18n: I18n; queryClient: QueryClient; children: ReactNode }) {
  const ready = useI18nReady(i18n);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>{ready ? <Suspense fallback={<AppSkeleton />}>{children}</Suspense> : <AppSkeleton />}</I18nextProvider>
    </QueryClientProvider>
  );
}
