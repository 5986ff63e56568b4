import { api, fileBody } from '@/lib/api/client';
import { apiUrl } from '@/lib/api/media';
import { call } from '@/lib/api/problem';
import { useRefreshingMutation } from '@/lib/query';

/** What the certificates' and figures' queries are keyed under: an import changes both. */
const nationalKeys = { all: ['national-results'] as const };

/**
 * Sends the national platform's results file as it is (CSV or XLSX): a dry run, or the import itself, which turns each
 * good row into a certificate that counts in the province's figures.
 */
export function useImportNationalResults() {
  return useRefreshingMutation(nationalKeys.all, ({ file, dryRun }: { file: File; dryRun: boolean }) => {
    const init = fileBody(file);
    return call(
      dryRun
        ? api.POST('/api/v1/imports/national-results/dry-run', init)
        : api.POST('/api/v1/imports/national-results', { ...init, params: { header: {} } }),
    );
  });
}

/** The public template, as a link. */
export function nationalTemplateUrl(format: 'csv' | 'xlsx'): string {
  return apiUrl(`/api/v1/imports/national-results/template?format=${format}`);
}
