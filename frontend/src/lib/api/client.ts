import createClient from 'openapi-fetch';
import { currentLanguage } from '@/lib/i18n';
import { config } from '@/lib/config';
import { adoptEarlyOr } from './early-requests';
import type { paths } from './schema';
import { auth, bindLanguage } from './session-refresh';

bindLanguage(currentLanguage);

/** The one typed client of the Học vụ số API (types generated from ../openapi.yaml). */
export const api = createClient<paths>({
  baseUrl: config.apiBaseUrl,
  // the page's data may already be on its way, asked by the entry (early-requests.ts)
  fetch: (request) => adoptEarlyOr(auth.fetch, request),
  headers: { Accept: 'application/json, application/problem+json' },
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A spreadsheet upload's request parts: the file is the body as it is, typed by its name (a workbook, or CSV
 * in whatever encoding: the server reads it). Not by the browser's type: Windows names a CSV
 * `application/vnd.ms-excel`, which no import accepts.
 */
export function fileBody(file: File) {
  return {
    body: file as unknown as string,
    bodySerializer: (body: unknown) => body as BodyInit,
    headers: { 'Content-Type': /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv' },
  };
}
