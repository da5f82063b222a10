import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { Suspense, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { AppSkeleton } from './app-skeleton';

/**
 * Data and texts for everything below. The page renders once the first language's files are in
 * (src/app/render-page.tsx), so nothing suspends on them; the boundary catches later suspensions.
 */
export function Providers({ i18n, queryClient, children }: { i18n: I18n; queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={<AppSkeleton />}>{children}</Suspense>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
