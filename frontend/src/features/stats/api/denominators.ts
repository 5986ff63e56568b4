import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import type { AgencyDenominatorRequest, UnitDenominatorRequest } from '@/lib/api/types';

/** The versions so far: a unit's list or an agency's (whose versions carry only public servants). */
type DenominatorHistory = components['schemas']['UnitDenominatorList'] | components['schemas']['AgencyDenominatorList'];
import { statsKeys } from './stats';

/** Whose denominators: a unit's (population, adults, public servants) or an agency's (public servants). */
export type DenominatorOwner = { kind: 'unit'; code: string } | { kind: 'agency'; id: number };

/** A unit's or an agency's denominators, newest version first (outside `statsKeys.all`: a save sets them). */
export const denominatorKeys = {
  of: (owner: DenominatorOwner) => ['denominators', owner.kind, owner.kind === 'unit' ? owner.code : owner.id] as const,
};

function load(owner: DenominatorOwner): Promise<DenominatorHistory> {
  return owner.kind === 'unit'
    ? call(api.GET('/api/v1/admin/units/{code}/denominators', { params: { path: { code: owner.code } } }))
    : call(api.GET('/api/v1/admin/agencies/{id}/denominators', { params: { path: { id: owner.id } } }));
}

function store(
  owner: DenominatorOwner,
  body: UnitDenominatorRequest | AgencyDenominatorRequest,
): Promise<DenominatorHistory> {
  return owner.kind === 'unit'
    ? call(
        api.PUT('/api/v1/admin/units/{code}/denominators', {
          params: { path: { code: owner.code } },
          body: body as UnitDenominatorRequest,
        }),
      )
    : call(api.PUT('/api/v1/admin/agencies/{id}/denominators', { params: { path: { id: owner.id } }, body }));
}

export function useDenominators(owner: DenominatorOwner) {
  return useQuery({ queryKey: denominatorKeys.of(owner), queryFn: () => load(owner) });
}

/** Adds a version; every figure is measured against the denominators, so they are asked for again. */
export function usePutDenominators(owner: DenominatorOwner) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UnitDenominatorRequest | AgencyDenominatorRequest) => store(owner, body),
    onSuccess: (list) => {
      client.setQueryData(denominatorKeys.of(owner), list);
      void client.invalidateQueries({ queryKey: statsKeys.all });
    },
  });
}
