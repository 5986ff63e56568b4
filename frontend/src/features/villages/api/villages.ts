import { api, fileBody } from '@/lib/api/client';
import { apiUrl } from '@/lib/api/media';
import { call } from '@/lib/api/problem';
import { usePagedQuery, useRefreshingMutation } from '@/lib/query';
import type { components } from '@/lib/api/schema';

export type Village = components['schemas']['Village'];
export type VillageKind = components['schemas']['VillageKind'];
export type UnitVillageFigures = components['schemas']['UnitVillageFigures'];

export const villageKeys = {
  unit: (code: string) => ['unit-villages', code] as const,
  list: (code: string, page: number) => ['unit-villages', code, 'list', page] as const,
  figures: (code: string, asOf = '') => ['unit-villages', code, 'figures', asOf] as const,
};

/** A unit's villages for its managers, closed ones too (after the open ones). */
export function useManagedVillages(code: string, page: number) {
  return usePagedQuery(villageKeys.list(code, page), () =>
    call(
      api.GET('/api/v1/unit-villages/{code}', {
        params: { path: { code }, query: { closed: true, page, size: 50 } },
      }),
    ),
  );
}

/** A unit's figures by village: now, or at the end of the day `asOf` names (YYYY-MM-DD; '' = now). */
export function useVillageFigures(code: string, asOf = '') {
  return usePagedQuery(villageKeys.figures(code, asOf), () =>
    call(
      api.GET('/api/v1/stats/units/{code}/villages', {
        params: { path: { code }, query: asOf ? { asOf } : {} },
      }),
    ),
  );
}

export function useCreateVillage(code: string) {
  return useRefreshingMutation(villageKeys.unit(code), (body: { name: string; kind: VillageKind }) =>
    call(api.POST('/api/v1/unit-villages/{code}', { params: { path: { code } }, body })),
  );
}

export function useRenameVillage(code: string) {
  return useRefreshingMutation(villageKeys.unit(code), (village: { id: number; version: number; name: string }) =>
    call(
      api.PATCH('/api/v1/unit-villages/{code}/{villageId}', {
        params: { path: { code, villageId: village.id } },
        body: { version: village.version, name: village.name },
      }),
    ),
  );
}

/** Closes a village, or opens a closed one again: the same request to the village's `close` or `reopen`. */
function useVillageStatus(code: string, action: 'close' | 'reopen') {
  return useRefreshingMutation(villageKeys.unit(code), (village: Village) =>
    call(
      api.POST(`/api/v1/unit-villages/{code}/{villageId}/${action}`, {
        params: { path: { code, villageId: village.id } },
        body: { version: village.version },
      }),
    ),
  );
}

export const useCloseVillage = (code: string) => useVillageStatus(code, 'close');

export const useReopenVillage = (code: string) => useVillageStatus(code, 'reopen');

/**
 * Sends a spreadsheet of the unit's villages as it is (CSV or XLSX): a dry run, or the import itself. The unit is
 * named for the rows that leave its code empty, so a unit's own list needs no unit column.
 */
export function useImportVillages(code: string) {
  return useRefreshingMutation(villageKeys.unit(code), ({ file, dryRun }: { file: File; dryRun: boolean }) => {
    const init = fileBody(file);
    return call(
      dryRun
        ? api.POST('/api/v1/imports/villages/dry-run', { ...init, params: { query: { unitCode: code } } })
        : api.POST('/api/v1/imports/villages', { ...init, params: { header: {}, query: { unitCode: code } } }),
    );
  });
}

/** The public template, as a link. */
export function villageTemplateUrl(format: 'csv' | 'xlsx'): string {
  return apiUrl(`/api/v1/imports/villages/template?format=${format}`);
}
