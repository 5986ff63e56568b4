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
 * This page's restore, started once: by the entry (src/main.tsx) as soon as it runs, so that on a slow
 * phone the refresh round trip happens while the app's code downloads instead of after it; the app
 * (src/boot.tsx) then waits for the same one.
 */
export function restoreSessionOnce(): Promise<void> {
  pageRestore ??= restoreSession();
  return pageRestore;
}
