import { QueryClient } from '@tanstack/react-query';
import { partnersQueryOptions } from '../features/partners/api/partners-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false } },
  });
}

/** Starts the data request beside the locale request, instead of after it. */
export function preloadData(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(partnersQueryOptions());
}
