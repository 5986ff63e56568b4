import { tokenStore } from '@/lib/auth/session-store';
import { config } from '@/lib/config';
import { createAuthFetch, type RefreshHandoff } from './auth-fetch';

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

/** The other tabs of the app, told of every rotation this tab makes under the refresh lock (see RefreshHandoff). */
function browserHandoff(): RefreshHandoff | null {
  if (typeof BroadcastChannel !== 'function') return null;
  const channel = new BroadcastChannel('hocvuso.refresh');
  return {
    announce: (from, to) => channel.postMessage({ from, to }),
    listen(listener) {
      const receive = ({ data }: MessageEvent) => {
        if (typeof data?.from === 'string') listener(data.from, typeof data.to === 'string' ? data.to : null);
      };
      channel.addEventListener('message', receive);
      return () => channel.removeEventListener('message', receive);
    },
  };
}

/**
 * The one authenticated fetch of the app (the API client's, lib/api/client.ts) and its refresh, here
 * without React or i18next so that the entry can use it before the app's code has arrived.
 */
export const auth = createAuthFetch({
  tokens: tokenStore,
  baseUrl: config.apiBaseUrl,
  language: () => language(),
  handoff: browserHandoff(),
});

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
 * This page's restore, started once, by the entry (src/main.tsx) while the app's code downloads. A second
 * tab waiting for the refresh lock takes the token the first tab announces instead of reading localStorage
 * at once, which Chromium may not have brought up to date yet (RefreshHandoff; e2e/resilience.e2e.ts, two tabs).
 */
export function restoreSessionOnce(): Promise<void> {
  pageRestore ??= restoreSession();
  return pageRestore;
}
