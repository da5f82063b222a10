import { queryOptions } from '@tanstack/react-query';
import { logoFiles } from 'virtual:partner-logo-files';
import { fetchJson, isRetryable } from '@/shared/lib/fetch-json';
import { backoffMs } from '@/shared/lib/recovery';

const BASE_URL = import.meta.env.BASE_URL;
/** Overridable at build time: VITE_PARTNERS_URL=https://cdn.example.org/partners.json npm run build */
export const PARTNERS_URL: string = import.meta.env.VITE_PARTNERS_URL || `${BASE_URL}data/partners.json`;

const MAX_RETRIES = 3;

export function partnersQueryOptions(url: string = PARTNERS_URL) {
  return queryOptions({
    queryKey: ['partners', url],
    queryFn: async ({ signal }) => {
      // The parser (and its schema library) downloads beside the file, once the page is interactive.
      const [data, { parsePartnerData }] = await Promise.all([fetchJson(url, signal), import('@/features/partners/schema')]);
      return parsePartnerData(data, { baseUrl: BASE_URL, logoFiles });
    },
    staleTime: 5 * 60_000,
    // A malformed file will not heal by asking again; the network and the server may.
    retry: (failureCount, error) => isRetryable(error) && failureCount < MAX_RETRIES,
    // Quick at first: a dropped request usually works again a moment later.
    retryDelay: (attempt) => backoffMs(attempt, { firstMs: 500, maxMs: 8_000 }),
    // A failure the request ended with is final, not asked for again when another part mounts.
    // Retry is the visitor's button.
    retryOnMount: false,
  });
}
