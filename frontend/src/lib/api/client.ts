import createClient from 'openapi-fetch';
import { currentLanguage } from '@/lib/i18n';
import { config } from '@/lib/config';
import type { paths } from './schema';
import { auth, bindLanguage } from './session-refresh';

bindLanguage(currentLanguage);

/** The one typed client of the Học vụ số API (types generated from ../openapi.yaml). */
export const api = createClient<paths>({
  baseUrl: config.apiBaseUrl,
  fetch: auth.fetch,
  headers: { Accept: 'application/json, application/problem+json' },
});
