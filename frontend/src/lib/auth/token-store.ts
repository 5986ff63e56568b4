import type { TokenResponse } from '@/lib/api/types';

/**
 * Where the session lives: the access token only in memory (gone when the tab closes, out of reach of
 * other tabs' scripts), the refresh token in localStorage so a reload restores the session.
 */
export const REFRESH_KEY = 'hocvuso.refresh';

export type SessionStatus = 'restoring' | 'authenticated' | 'anonymous';

export interface SessionState {
  status: SessionStatus;
  accessToken: string | null;
}

type Listener = () => void;

function readRefresh(): string | null {
  try {
    return globalThis.localStorage?.getItem(REFRESH_KEY) ?? null;
  } catch {
    return null;
  }
}

function writeRefresh(token: string | null) {
  try {
    if (token) globalThis.localStorage?.setItem(REFRESH_KEY, token);
    else globalThis.localStorage?.removeItem(REFRESH_KEY);
  } catch {
    /* storage unavailable: the session lasts for this page only */
  }
}

export function createTokenStore() {
  let state: SessionState = { status: readRefresh() ? 'restoring' : 'anonymous', accessToken: null };
  let memoryRefresh: string | null = null;
  const listeners = new Set<Listener>();

  function set(next: SessionState) {
    state = next;
    listeners.forEach((listener) => listener());
  }

  return {
    getState: (): SessionState => state,
    getAccessToken: (): string | null => state.accessToken,
    getRefreshToken: (): string | null => readRefresh() ?? memoryRefresh,
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** After login or refresh: the refresh token rotates, so always keep the newest. */
    setTokens(tokens: Pick<TokenResponse, 'accessToken' | 'refreshToken'>) {
      memoryRefresh = tokens.refreshToken;
      writeRefresh(tokens.refreshToken);
      set({ status: 'authenticated', accessToken: tokens.accessToken });
    },
    clear() {
      memoryRefresh = null;
      writeRefresh(null);
      set({ status: 'anonymous', accessToken: null });
    },
    /** No session could be restored, but keep the refresh token (e.g. the network was down). */
    markAnonymous() {
      set({ status: 'anonymous', accessToken: null });
    },
  };
}

export type TokenStore = ReturnType<typeof createTokenStore>;
