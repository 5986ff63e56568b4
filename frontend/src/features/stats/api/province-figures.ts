import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { statsKeys } from './stats';

export type ProvinceFiguresRow = components['schemas']['ProvinceFiguresRow'];

/** The national view's cache key: under `statsKeys.all`, so a change of targets or denominators refreshes it too. */
export const provinceFiguresKey = (asOf = '') => [...statsKeys.all, 'provinces', asOf] as const;

/**
 * Every province's own figures side by side (`GET /api/v1/stats/provinces`, administrators only), now or at
 * the end of `asOf` (a past day); at most the nation's 34 rows, answered whole and sorted here.
 */
export function useProvinceFigures(asOf = '') {
  return useQuery({
    queryKey: provinceFiguresKey(asOf),
    queryFn: () => call(api.GET('/api/v1/stats/provinces', { params: { query: asOf ? { asOf } : {} } })),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
