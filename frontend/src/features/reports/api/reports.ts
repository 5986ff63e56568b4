import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call, networkError, toApiError } from '@/lib/api/problem';
import { saveBlob } from '@/lib/download';
import { useRefreshingMutation } from '@/lib/query';
import type { components } from '@/lib/api/schema';

export type Report = components['schemas']['Report'];
export type ReportRequest = components['schemas']['ReportRequest'];
export type ReportPage = components['schemas']['ReportPage'];

/** Reports listed per page: a commune's year or the province's notices fit on one or two. */
export const REPORT_PAGE_SIZE = 10;

export const reportKeys = {
  all: ['reports'] as const,
  list: (page: number) => [...reportKeys.all, 'list', page] as const,
};

const UNFINISHED: readonly Report['status'][] = ['QUEUED', 'RUNNING'];

/** Still being made: the list is asked for again until it is not. */
export const isUnfinished = (report: Report) => UNFINISHED.includes(report.status);

/** How often the list is asked for again while a report in it is still being made. */
export const PROGRESS_INTERVAL_MS = 1000;

/**
 * When to ask for the list again: in a second while a report on this page is QUEUED or RUNNING (one request for
 * every report in view, whatever their number), never once they are all DONE or FAILED.
 */
export function nextProgressCheck(page: ReportPage | undefined): number | false {
  return page?.items.some(isUnfinished) ? PROGRESS_INTERVAL_MS : false;
}

/** The reports the caller may see (an administrator every one), newest first, with the progress of each. */
export function useReports(page: number) {
  return useQuery({
    queryKey: reportKeys.list(page),
    queryFn: () => call(api.GET('/api/v1/reports', { params: { query: { page, size: REPORT_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => nextProgressCheck(query.state.data),
  });
}

/** Queues a report (202): it then shows in the list, whose first page is asked for again. */
export function useCreateReport() {
  return useRefreshingMutation(reportKeys.all, (body: ReportRequest) => call(api.POST('/api/v1/reports', { body })));
}

export function useDeleteReport() {
  return useRefreshingMutation(reportKeys.all, (report: Report) =>
    call(api.DELETE('/api/v1/reports/{reportId}', { params: { path: { reportId: report.id } } })),
  );
}

const MIME: Record<Report['format'], string> = {
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  PDF: 'application/pdf',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * A finished report's file through the API client (so it carries the token, refreshed if it expired), saved
 * under the name the report gives it. Every download is audited by the API.
 */
export async function downloadReport(report: Report): Promise<void> {
  let result;
  try {
    result = await api.GET('/api/v1/reports/{reportId}/file', {
      params: { path: { reportId: report.id } },
      parseAs: 'blob',
      headers: { Accept: `${MIME[report.format]}, application/problem+json` },
    });
  } catch (cause) {
    throw networkError(cause);
  }
  if (!result.response.ok || !result.data) throw toApiError(result.response, result.error);
  saveBlob(result.data, report.fileName ?? `bao-cao-${report.id}.${report.format.toLowerCase()}`);
}
