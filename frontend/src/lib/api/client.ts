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
