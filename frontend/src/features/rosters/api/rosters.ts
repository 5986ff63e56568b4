import { useQuery } from '@tanstack/react-query';
import { api, fileBody } from '@/lib/api/client';
import { apiUrl } from '@/lib/api/media';
import { call, networkError, toApiError } from '@/lib/api/problem';
import { saveBlob } from '@/lib/download';
import type { components } from '@/lib/api/schema';
import type { RosterKindSpec } from '../kinds';

export type RosterDryRun = components['schemas']['RosterDryRun'];
export type RosterImport = components['schemas']['RosterImport'];

/** Whose roster: one organisation, and what its rows become. */
export interface RosterTarget {
  organisationId: number;
  group: RosterKindSpec['group'];
}

export const rosterKeys = {
  all: ['rosters'] as const,
  import: (id: string) => [...rosterKeys.all, 'import', id] as const,
};

/** What the import would do with the file; nothing is written. */
export function previewRoster(file: File, target: RosterTarget): Promise<RosterDryRun> {
  return call(
    api.POST('/api/v1/imports/rosters/dry-run', {
      params: { query: { organisationId: target.organisationId, group: target.group } },
      ...fileBody(file),
    }),
  );
}

/** Queues the import (the server checks the file again first); `confirm` passes the safety cap. */
export function startRoster(file: File, target: RosterTarget, confirm: boolean): Promise<RosterImport> {
  return call(
    api.POST('/api/v1/imports/rosters', {
      params: {
        query: { organisationId: target.organisationId, group: target.group, confirm, fileName: file.name },
      },
      ...fileBody(file),
    }),
  );
}

const RUNNING: readonly RosterImport['status'][] = ['QUEUED', 'RUNNING'];

/** An import's progress, asked again every second while it runs. */
export function useRosterImport(id: string) {
  return useQuery({
    queryKey: rosterKeys.import(id),
    queryFn: () => call(api.GET('/api/v1/imports/rosters/{importId}', { params: { path: { importId: id } } })),
    refetchInterval: (query) => (query.state.data && RUNNING.includes(query.state.data.status) ? 1000 : false),
  });
}

/** The result file (names, phones, activation codes) through the API client, so it carries the token. */
export async function downloadRosterResult(id: string): Promise<void> {
  let result;
  try {
    result = await api.GET('/api/v1/imports/rosters/{importId}/result', {
      params: { path: { importId: id } },
      parseAs: 'blob',
      headers: { Accept: 'text/csv, application/problem+json' },
    });
  } catch (cause) {
    throw networkError(cause);
  }
  if (!result.response.ok || !result.data) throw toApiError(result.response, result.error);
  saveBlob(result.data, `ket-qua-nhap-${id}.csv`);
}

/** The public template of a kind, as a link. */
export function templateUrl(kind: RosterKindSpec['template'], format: 'csv' | 'xlsx'): string {
  return apiUrl(`/api/v1/imports/rosters/template?kind=${kind}&format=${format}`);
}
