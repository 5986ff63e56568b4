import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { config } from '@/lib/config';

export const UNIT_SEARCH_SIZE = 10;

export const unitKeys = {
  search: (q: string, province = config.province) => ['units', 'search', province, q] as const,
  unit: (code: string) => ['units', code] as const,
  villages: (code: string) => ['units', code, 'villages'] as const,
};

/**
 * The units of `province` (a key of `GET /api/v1/provinces`; the deployment's, config.js's, by default) whose
 * name (or former name) matches the text, ignoring accents: the unit picker's search. Without a province the
 * API would answer every province's communes, so one is always named.
 */
export function searchUnits(q: string, province = config.province) {
  return call(api.GET('/api/v1/units', { params: { query: { q, province, size: UNIT_SEARCH_SIZE } } })).then(
    (page) => page.items,
  );
}

/** One unit (a manager's token carries only its code); reference data, kept an hour. */
export function useUnit(code: string) {
  return useQuery({
    queryKey: unitKeys.unit(code),
    queryFn: () => call(api.GET('/api/v1/units/{code}', { params: { path: { code } } })),
    staleTime: 60 * 60_000,
  });
}

/** The open villages of a unit (a commune has a few dozen at most: one page of 100), for registration and the profile. */
export function useUnitVillages(code: string | undefined) {
  return useQuery({
    queryKey: unitKeys.villages(code ?? ''),
    queryFn: () =>
      call(
        api.GET('/api/v1/units/{code}/villages', {
          params: { path: { code: code ?? '' }, query: { size: 100 } },
        }),
      ),
    enabled: Boolean(code),
    staleTime: 10 * 60_000,
  });
}
