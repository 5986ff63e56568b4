import { queryOptions, useQuery } from '@tanstack/react-query';
import { publicApi } from '@/lib/api/public-client';
import { call } from '@/lib/api/problem';
import { config, configuredProvince } from '@/lib/config';
import { provinceWords, type ProvinceWords } from '@/lib/province';

/** Provinces change with a decree, not with a visit: reference data, kept an hour like a unit. */
const PROVINCES_STALE = 60 * 60_000;

/** The choice of every province summed (the public dashboard's `?tinh=toan-quoc`): no province named to the API. */
export const ALL_PROVINCES = 'toan-quoc';

export const provinceKeys = {
  all: ['provinces'] as const,
  list: ['provinces', 'list'] as const,
  province: (code: string) => ['provinces', code] as const,
};

// public answers: asked without the session's token, so that caches may share them
export const provinceQueries = {
  /** Every province the portal serves (at most the nation's 34, answered whole). */
  list: () =>
    queryOptions({
      queryKey: provinceKeys.list,
      queryFn: () => call(publicApi.GET('/api/v1/provinces')).then((list) => list.items),
      staleTime: PROVINCES_STALE,
    }),
  province: (code: string) =>
    queryOptions({
      queryKey: provinceKeys.province(code),
      queryFn: () => call(publicApi.GET('/api/v1/provinces/{code}', { params: { path: { code } } })),
      staleTime: PROVINCES_STALE,
    }),
};

export function useProvinces() {
  return useQuery(provinceQueries.list());
}

/**
 * How the texts name the deployment's province (config.js's `province`): its row's words once the API
 * has answered, config.js's name (the same as the HTML's first paint) while it loads or if it fails.
 */
export function useDeploymentProvince(): ProvinceWords {
  const { data } = useQuery(provinceQueries.province(config.province));
  return data ? provinceWords(data) : configuredProvince;
}

/** How the texts name one of the provinces the portal serves (of the list); its key alone while the list loads. */
export function useProvinceWords(code: string): ProvinceWords {
  const province = useProvinces().data?.find((p) => p.code === code);
  return province ? provinceWords(province) : provinceWords({ fullName: code });
}
