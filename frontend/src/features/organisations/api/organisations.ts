import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { useRefreshingMutation } from '@/lib/query';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type Organisation = Schemas['OrganisationDetail'];
export type OrganisationRequest = Schemas['OrganisationRequest'];
export type OrganisationImportReport = Schemas['OrganisationImportReport'];
export type OrganisationKind = Schemas['OrganisationKind'];

export const ORGANISATION_KINDS = ['AGENCY', 'SCHOOL', 'ENTERPRISE'] as const;
export const SCHOOL_LEVELS = ['PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY', 'COLLEGE', 'UNIVERSITY'] as const;

/** What the administrators' list asks for: below a parent (or the roots), by text, kind and status. */
export interface OrganisationQuery {
  q: string;
  kind: '' | OrganisationKind;
  status: 'OPEN' | 'CLOSED' | 'ALL';
  parentId: number | null;
  page: number;
}

/** Every organisation key starts with `all`: a change to the tree refreshes every list. */
export const organisationKeys = {
  all: ['organisations'] as const,
  list: (query: OrganisationQuery) => ['organisations', 'list', query] as const,
};

export function useAdminOrganisations(query: OrganisationQuery) {
  return useQuery({
    queryKey: organisationKeys.list(query),
    queryFn: () =>
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
              page: query.page,
              size: 20,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Creates an organisation (`id` null) or changes one (a new `parentId` moves it). */
export function useSaveOrganisation() {
  return useRefreshingMutation(
    organisationKeys.all,
    ({ id, body }: { id: number | null; body: OrganisationRequest }) =>
      id === null
        ? call(api.POST('/api/v1/admin/organisations', { body }))
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

/** Sends a spreadsheet as it is (CSV or XLSX): a dry run, or the import itself. */
export function useImportOrganisations() {
  return useRefreshingMutation(organisationKeys.all, ({ file, dryRun }: { file: File; dryRun: boolean }) => {
    const init = {
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'Content-Type': file.type || 'text/csv' },
    };
    return call(
      dryRun
        ? api.POST('/api/v1/admin/organisations/import/dry-run', init)
        : api.POST('/api/v1/admin/organisations/import', { ...init, params: { header: {} } }),
    );
  });
}
