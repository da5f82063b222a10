import { QueryClient } from '@tanstack/react-query';

/**
 * The page's query client. The data file's first request is made by the HTML itself (a preload
 * link, see vite.config.ts), so the query that mounts with the page finds it on its way or in.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    // offlineFirst: always try the request, so the service worker can answer it from its cache
    // when the browser believes it is offline (the kiosk runs for days with no network).
    defaultOptions: { queries: { refetchOnWindowFocus: false, networkMode: 'offlineFirst' } },
  });
}
