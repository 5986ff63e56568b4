import createClient from 'openapi-fetch';
import { config } from '@/lib/config';
import { currentLanguage } from '@/lib/i18n';
import { tokenStore } from '@/lib/auth/session';
import { createAuthFetch } from './auth-fetch';
import type { paths } from './schema';

const auth = createAuthFetch({ tokens: tokenStore, baseUrl: config.apiBaseUrl, language: currentLanguage });

/** The one typed client of the Học vụ số API (types generated from ../openapi.yaml). */
export const api = createClient<paths>({
  baseUrl: config.apiBaseUrl,
  fetch: auth.fetch,
  headers: { Accept: 'application/json, application/problem+json' },
});

export const refreshSession = auth.refresh;
