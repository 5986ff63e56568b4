import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';

export const UNIT_SEARCH_SIZE = 10;

export function useUnitSearch(query: string) {
  const q = query.trim();
  return useQuery({
    queryKey: ['units', 'search', q],
    queryFn: () => call(api.GET('/api/v1/units', { params: { query: { q, size: UNIT_SEARCH_SIZE } } })),
    enabled: q.length > 0,
    staleTime: 10 * 60_000, // reference data changes rarely
    placeholderData: keepPreviousData,
  });
}

export function useAgencies(enabled = true) {
  return useQuery({
    queryKey: ['agencies', 'all'],
    queryFn: () => call(api.GET('/api/v1/agencies', { params: { query: { size: 100 } } })),
    staleTime: 60 * 60_000,
    enabled,
  });
}
