import { QueryClient } from '@tanstack/react-query';
import { partnersQueryOptions } from '@/features/partners/api/partners-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    // offlineFirst: always try the request, so the service worker can answer it from its cache
    // when the browser believes it is offline (the kiosk runs for days with no network).
    defaultOptions: { queries: { refetchOnWindowFocus: false, networkMode: 'offlineFirst' } },
  });
}

/** Starts the data request beside the locale request, instead of after it. */
export function preloadData(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(partnersQueryOptions());
}
