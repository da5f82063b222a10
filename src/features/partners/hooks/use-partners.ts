import { useQuery } from '@tanstack/react-query';
import { partnersQueryOptions } from '@/features/partners/api/partners-query';

/** The partner data. `retryEveryMs`: ask again on this interval while the file fails (the kiosk, which nobody watches). */
export function usePartners({ retryEveryMs }: { retryEveryMs?: number } = {}) {
  return useQuery({
    ...partnersQueryOptions(),
    refetchInterval: retryEveryMs === undefined ? undefined : (query) => (query.state.status === 'error' ? retryEveryMs : false),
  });
}
