import { tokenStore } from '@/lib/auth/session-store';
import { config } from '@/lib/config';
import { createAuthFetch } from './auth-fetch';

/**
 * The language of the API's messages. Until lib/i18n (in the app's code) binds its own, the one the
 * learner chose last time, as lib/i18n reads it: the entry may refresh the session before i18n exists.
 */
let language = (): string => {
  try {
    return globalThis.localStorage?.getItem('hocvuso.lang') === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
};

export function bindLanguage(current: () => string): void {
  language = current;
}

/**
 * The one authenticated fetch of the app (the API client's, lib/api/client.ts) and its refresh, here
 * without React or i18next so that the entry can use it before the app's code has arrived.
 */
export const auth = createAuthFetch({ tokens: tokenStore, baseUrl: config.apiBaseUrl, language: () => language() });

/** A stored refresh token brings the session back; without one, or if it is refused, the visitor is anonymous. */
export async function restoreSession(): Promise<void> {
  if (!tokenStore.getRefreshToken()) {
    tokenStore.markAnonymous();
    return;
  }
  const outcome = await auth.refresh();
  if (outcome !== 'refreshed') tokenStore.markAnonymous();
}

let pageRestore: Promise<void> | null = null;

/**
 * This page's restore, started once (src/boot.tsx). It lives here, without React or i18next, so that the
 * entry (src/main.tsx) could start it while the app's code downloads. Not done: started that early, a
 * second tab waiting for the refresh lock got it within microseconds of the first tab's release and read
 * the refresh token from localStorage before the first tab's write had reached it (Chromium propagates
 * localStorage between tabs asynchronously), so it presented the rotated token; the second round in
 * createAuthFetch recovers, but the server sees a reuse (e2e/resilience.e2e.ts, two tabs).
 */
export function restoreSessionOnce(): Promise<void> {
  pageRestore ??= restoreSession();
  return pageRestore;
}
