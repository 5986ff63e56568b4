import createClient from 'openapi-fetch';
import { config } from '@/lib/config';
import type { paths } from './schema';

/**
 * A client for public, cacheable endpoints: no Authorization header (a request with one is private to
 * the caller, so the browser and any shared cache could not reuse the API's `Cache-Control: public`).
 */
export const publicApi = createClient<paths>({
  baseUrl: config.apiBaseUrl,
  fetch: (request) => globalThis.fetch(request),
  headers: { Accept: 'application/json, application/problem+json' },
});
