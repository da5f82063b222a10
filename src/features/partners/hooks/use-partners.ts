import { useQuery } from '@tanstack/react-query';
import { partnersQueryOptions } from '@/features/partners/api/partners-query';

export function usePartners() {
  return useQuery(partnersQueryOptions());
}
