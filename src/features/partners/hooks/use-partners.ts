import { useQuery } from '@tanstack/react-query';
import { partnersQueryOptions } from '../api/partners-query';

export function usePartners() {
  return useQuery(partnersQueryOptions());
}
