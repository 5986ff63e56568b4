import { useQueries, useQuery } from '@tanstack/react-query';
import { api, fileBody } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { usePagedQuery, useRefreshingMutation } from '@/lib/query';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type Organisation = Schemas['OrganisationDetail'];
export type OrganisationRequest = Schemas['OrganisationRequest'];
export type OrganisationKind = Schemas['OrganisationKind'];
/** An open organisation as the public search gives it (registration, the profile, the roster page). */
export type OrganisationSummary = Schemas['OrganisationSummary'];
/** What a form keeps of a chosen organisation (the profile's `organisation`). */
export type { OrganisationRef } from '@/lib/api/types';

/** Results shown at a time by the organisation picker. */
export const ORGANISATION_SEARCH_SIZE = 10;

/**
 * What the public search asks for: the text, the kinds wanted (none: any kind) and the unit whose
 * organisations come first (none: no preference).
 */
export interface OrganisationSearch {
  q: string;
  kinds: readonly OrganisationKind[];
  unitCode?: string;
  /** Only this province's organisations (none: every province's). */
  province?: string;
}

export const ORGANISATION_KINDS = ['AGENCY', 'SCHOOL', 'ENTERPRISE'] as const;
export const SCHOOL_LEVELS = ['PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY', 'COLLEGE', 'UNIVERSITY'] as const;

/** What the administrators' list asks for: below a parent (or the roots), by text, kind and status. */
export interface OrganisationQuery {
  q: string;
  kind: '' | OrganisationKind;
  status: 'OPEN' | 'CLOSED' | 'ALL';
  parentId: number | null;
  page: number;
  /** The province chosen on the page (`?province=`; '' for the caller's own scope). */
  province: string;
}

/** Every organisation key starts with `all`: a change to the tree refreshes every list. */
export const organisationKeys = {
  all: ['organisations'] as const,
  list: (query: OrganisationQuery) => ['organisations', 'list', query] as const,
  search: (search: OrganisationSearch) => ['organisations', 'search', search] as const,
  one: (id: number) => ['organisations', 'one', id] as const,
  /** Open or closed, with the administrator's details (another shape than `one`'s). */
  adminOne: (id: number) => ['organisations', 'admin-one', id] as const,
};

const collator = new Intl.Collator('vi');

function searchOnce(q: string, kind: OrganisationKind | undefined, unitCode: string | undefined, province?: string) {
  return call(
    api.GET('/api/v1/organisations', {
      params: { query: { q, kind, unitCode, province, size: ORGANISATION_SEARCH_SIZE } },
    }),
  ).then((page) => page.items);
}

/**
 * The open organisations matching the text (the server ignores accents), of the wanted kinds, those of
 * `unitCode` first and then any other, each part in Vietnamese order, at most one page of the picker.
 * The API takes one kind and one unit per request: several kinds, or "this unit first", are one request each.
 */
export async function searchOrganisations({
  q,
  kinds,
  unitCode,
  province,
}: OrganisationSearch): Promise<OrganisationSummary[]> {
  const wanted = kinds.length ? kinds : [undefined];
  const [near, anywhere] = await Promise.all([
    unitCode ? Promise.all(wanted.map((kind) => searchOnce(q, kind, unitCode, province))) : Promise.resolve([]),
    Promise.all(wanted.map((kind) => searchOnce(q, kind, undefined, province))),
  ]);
  const sorted = (lists: OrganisationSummary[][]) => lists.flat().sort((a, b) => collator.compare(a.name, b.name));
  const seen = new Set<number>();
  return [...sorted(near), ...sorted(anywhere)]
    .filter((organisation) => !seen.has(organisation.id) && seen.add(organisation.id))
    .slice(0, ORGANISATION_SEARCH_SIZE);
}

/** Open organisations by id (a manager's own, from the token's `agencies`); a closed one is 404. */
export function useOrganisationsById(ids: readonly number[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: organisationKeys.one(id),
      queryFn: () =>
        call(api.GET('/api/v1/organisations/{organisationId}', { params: { path: { organisationId: id } } })),
      staleTime: 10 * 60_000,
    })),
  });
}

/** One organisation, open or closed, as administrators see it (a role grant names it by id). */
export function useAdminOrganisation(id: number) {
  return useQuery({
    queryKey: organisationKeys.adminOne(id),
    queryFn: () =>
      call(api.GET('/api/v1/admin/organisations/{organisationId}', { params: { path: { organisationId: id } } })),
    staleTime: 10 * 60_000,
  });
}

export function useAdminOrganisations(query: OrganisationQuery) {
  return usePagedQuery(organisationKeys.list(query), () =>
    call(
      api.GET('/api/v1/admin/organisations', {
        params: {
          query: {
            q: query.q || undefined,
            kind: query.kind || undefined,
            status: query.status,
            // with a search, the whole tree; without one, one level of it
            parentId: query.q ? undefined : (query.parentId ?? undefined),
            roots: !query.q && query.parentId === null,
            province: query.province || undefined,
            page: query.page,
            size: 20,
          },
        },
      }),
    ),
  );
}

/**
 * Creates an organisation (`id` null) or changes one (a new `parentId` moves it). A new department with neither
 * parent nor unit is `province`'s (an administrator of several provinces must name one).
 */
export function useSaveOrganisation(province: string) {
  return useRefreshingMutation(
    organisationKeys.all,
    ({ id, body }: { id: number | null; body: OrganisationRequest }) =>
      id === null
        ? call(
            api.POST('/api/v1/admin/organisations', { params: { query: { province: province || undefined } }, body }),
          )
        : call(
            api.PUT('/api/v1/admin/organisations/{organisationId}', { params: { path: { organisationId: id } }, body }),
          ),
  );
}

export function useCloseOrganisation() {
  return useRefreshingMutation(
    organisationKeys.all,
    ({
      id,
      closedOn,
      mergedIntoId,
      version,
    }: {
      id: number;
      closedOn: string;
      mergedIntoId: number | null;
      version: number;
    }) =>
      call(
        api.POST('/api/v1/admin/organisations/{organisationId}/close', {
          params: { path: { organisationId: id } },
          body: { closedOn, mergedIntoId, version },
        }),
      ),
  );
}

export function useReopenOrganisation() {
  return useRefreshingMutation(organisationKeys.all, (organisation: Organisation) =>
    call(
      api.POST('/api/v1/admin/organisations/{organisationId}/reopen', {
        params: { path: { organisationId: organisation.id } },
        body: { version: organisation.version },
      }),
    ),
  );
}

/** Sends a spreadsheet as it is (CSV or XLSX), `province`'s organisations: a dry run, or the import itself. */
export function useImportOrganisations(province: string) {
  return useRefreshingMutation(organisationKeys.all, ({ file, dryRun }: { file: File; dryRun: boolean }) => {
    const init = fileBody(file);
    const query = { province: province || undefined };
    return call(
      dryRun
        ? api.POST('/api/v1/admin/organisations/import/dry-run', { ...init, params: { query } })
        : api.POST('/api/v1/admin/organisations/import', { ...init, params: { query, header: {} } }),
    );
  });
}
