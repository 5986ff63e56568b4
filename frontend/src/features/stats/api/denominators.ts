import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { todayInVietnam } from '@/lib/format';
import type { OrganisationKind } from '@/lib/api/types';
import { statsKeys } from './stats';

/**
 * Whose denominators: a unit's (population, adults, public servants), an organisation's (its headcounts,
 * which depend on its kind) or a village's (population, adults).
 */
export type DenominatorOwner =
  | { kind: 'unit'; code: string }
  | { kind: 'organisation'; id: number; organisationKind: OrganisationKind }
  | { kind: 'village'; id: number };

/** Every figure a version may carry; each owner has some of them. */
export const COUNT_FIELDS = ['population', 'adultPopulation', 'publicServants', 'students', 'workers'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/**
 * The figures each owner takes, as the API accepts them: public servants for an agency and a school's
 * staff, students for a school only, workers for an enterprise only (an enterprise employs no public
 * servants: no learner group places one there).
 */
const HEADCOUNTS: Record<OrganisationKind, readonly CountField[]> = {
  AGENCY: ['publicServants'],
  SCHOOL: ['publicServants', 'students'],
  ENTERPRISE: ['workers'],
};

export function countFieldsOf(owner: DenominatorOwner): readonly CountField[] {
  switch (owner.kind) {
    case 'unit':
      return ['population', 'adultPopulation', 'publicServants'];
    case 'village':
      return ['population', 'adultPopulation'];
    case 'organisation':
      return HEADCOUNTS[owner.organisationKind];
  }
}

/** One version as any owner's list gives it (the figures an owner does not take are absent). */
export type DenominatorVersion = Partial<Record<CountField, number | null>> & {
  validFrom: string;
  estimated: boolean;
  source: string;
  recordedAt: string;
};

/** A new version: the date, the owner's figures (null: unknown), whether estimated, and where from. */
export type DenominatorBody = Partial<Record<CountField, number | null>> & {
  validFrom: string;
  estimated: boolean;
  source: string;
};

type History = { items: DenominatorVersion[] };

/** An owner's versions, newest first (outside `statsKeys.all`: a save sets them). */
export const denominatorKeys = {
  of: (owner: DenominatorOwner) => ['denominators', owner.kind, owner.kind === 'unit' ? owner.code : owner.id] as const,
};

function load(owner: DenominatorOwner): Promise<History> {
  switch (owner.kind) {
    case 'unit':
      return call(api.GET('/api/v1/admin/units/{code}/denominators', { params: { path: { code: owner.code } } }));
    case 'organisation':
      return call(api.GET('/api/v1/admin/agencies/{id}/denominators', { params: { path: { id: owner.id } } }));
    case 'village':
      return call(
        api.GET('/api/v1/admin/villages/{villageId}/denominators', { params: { path: { villageId: owner.id } } }),
      );
  }
}

function store(owner: DenominatorOwner, body: DenominatorBody): Promise<History> {
  switch (owner.kind) {
    case 'unit':
      return call(
        api.PUT('/api/v1/admin/units/{code}/denominators', {
          params: { path: { code: owner.code } },
          body,
        }),
      );
    case 'organisation':
      return call(
        api.PUT('/api/v1/admin/agencies/{id}/denominators', {
          params: { path: { id: owner.id } },
          body,
        }),
      );
    case 'village':
      return call(
        api.PUT('/api/v1/admin/villages/{villageId}/denominators', {
          params: { path: { villageId: owner.id } },
          body,
        }),
      );
  }
}

export function useDenominators(owner: DenominatorOwner) {
  return useQuery({ queryKey: denominatorKeys.of(owner), queryFn: () => load(owner) });
}

/** Adds a version; every figure is measured against the denominators, so they are asked for again. */
export function usePutDenominators(owner: DenominatorOwner) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DenominatorBody) => store(owner, body),
    onSuccess: (list) => {
      client.setQueryData(denominatorKeys.of(owner), list);
      void client.invalidateQueries({ queryKey: statsKeys.all });
    },
  });
}

/** The version in force today: the newest whose date has come (a later one may be entered in advance). */
export function currentVersion(
  items: readonly DenominatorVersion[],
  today = todayInVietnam(),
): DenominatorVersion | undefined {
  return items.find((version) => version.validFrom <= today);
}
