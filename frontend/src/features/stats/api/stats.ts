import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { publicApi } from '@/lib/api/public-client';
import { call } from '@/lib/api/problem';
import type { UnitLearnersQuery, UnitStatsQuery } from './types';

/** Figures change with every learner's step; a minute old is fresh enough for a dashboard. */
const STATS_STALE = 60_000;

/** Drops empty filters so the URL the API sees (and the cache key) only carries what was chosen. */
function compact<T extends Record<string, unknown>>(query: T): T {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '' && v !== null)) as T;
}

/** Every figure's key starts with `all`: a change of targets or denominators refreshes them all. */
export const statsKeys = {
  all: ['stats'] as const,
  summary: (days: number, asOf = '', compareTo = '', province = '') =>
    ['stats', 'summary', days, asOf, compareTo, province] as const,
  units: (params: UnitStatsQuery) => ['stats', 'units', params] as const,
  unit: (code: string, days: number) => ['stats', 'unit', code, days] as const,
  unitLearners: (code: string, params: UnitLearnersQuery) => ['stats', 'unit', code, 'learners', params] as const,
  agencies: (page: number, size: number, asOf = '', province = '') =>
    ['stats', 'agencies', page, size, asOf, province] as const,
  agency: (id: number, days: number) => ['stats', 'agency', id, days] as const,
  targets: ['stats', 'targets'] as const,
  /** One province's targets (the administrators' editor; '' the caller's own provinces). */
  provinceTargets: (province: string) => ['stats', 'targets', province] as const,
  publicDashboard: (asOf = '', province = '') => ['public', 'dashboard', asOf, province] as const,
};

/**
 * The caller's figures now, or at the end of `asOf` (a past day), compared with `compareTo` when given; of one
 * province with `province` (an administrator's choice), else of every province the caller reaches, summed.
 */
export function useSummary(days = 30, asOf = '', compareTo = '', province = '') {
  return useQuery({
    queryKey: statsKeys.summary(days, asOf, compareTo, province),
    queryFn: () =>
      call(
        api.GET('/api/v1/stats/summary', {
          params: {
            query: compact({
              days,
              asOf: asOf || undefined,
              compareTo: compareTo || undefined,
              province: province || undefined,
            }),
          },
        }),
      ),
    staleTime: STATS_STALE,
    placeholderData: keepPreviousData,
  });
}

export function useUnitStats(query: UnitStatsQuery, enabled = true) {
  const params = compact(query);
  return useQuery({
    queryKey: statsKeys.units(params),
    queryFn: () => call(api.GET('/api/v1/stats/units', { params: { query: params } })),
    staleTime: STATS_STALE,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUnitDetail(code: string, days = 30) {
  return useQuery({
    queryKey: statsKeys.unit(code, days),
    queryFn: () => call(api.GET('/api/v1/stats/units/{code}', { params: { path: { code }, query: { days } } })),
    staleTime: STATS_STALE,
  });
}

/** The agencies' table now, or at the end of `asOf` (a past day); one province's with `province`. */
export function useAgencyStats(page: number, size = 20, enabled = true, asOf = '', province = '') {
  return useQuery({
    queryKey: statsKeys.agencies(page, size, asOf, province),
    queryFn: () =>
      call(
        api.GET('/api/v1/stats/agencies', {
          params: { query: compact({ page, size, asOf: asOf || undefined, province: province || undefined }) },
        }),
      ),
    staleTime: STATS_STALE,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useAgencyDetail(id: number, days = 30) {
  return useQuery({
    queryKey: statsKeys.agency(id, days),
    queryFn: () => call(api.GET('/api/v1/stats/agencies/{id}', { params: { path: { id }, query: { days } } })),
    staleTime: STATS_STALE,
  });
}

/** The targets with their progress; `staleTime: 0` where an editor must start from what is stored now. */
export function useTargetsOverview(staleTime = STATS_STALE, province = '') {
  return useQuery({
    queryKey: province ? statsKeys.provinceTargets(province) : statsKeys.targets,
    queryFn: () => call(api.GET('/api/v1/stats/targets', { params: { query: { province: province || undefined } } })),
    staleTime,
  });
}

export function useUnitLearners(code: string, query: UnitLearnersQuery) {
  const params = compact(query);
  return useQuery({
    queryKey: statsKeys.unitLearners(code, params),
    queryFn: () => call(api.GET('/api/v1/stats/units/{code}/learners', { params: { path: { code }, query: params } })),
    // personal data: always read afresh (each read is audited) and never kept after leaving the page
    staleTime: 0,
    gcTime: 0,
    placeholderData: keepPreviousData,
  });
}

/** The public figures of one province (a key of `GET /api/v1/provinces`), or of every province summed without. */
export const publicDashboardQuery = (asOf = '', province = '') =>
  queryOptions({
    queryKey: statsKeys.publicDashboard(asOf, province),
    queryFn: () =>
      call(
        publicApi.GET('/api/v1/public/dashboard', {
          params: { query: compact({ asOf: asOf || undefined, province: province || undefined }) },
        }),
      ),
    placeholderData: keepPreviousData,
    // the API lets caches keep it for 60 s; asking more often would only hit the same cached answer
    staleTime: 60_000,
  });

export function usePublicDashboard(asOf = '', province = '', enabled = true) {
  return useQuery({ ...publicDashboardQuery(asOf, province), enabled });
}
