import type { TokenResponse } from '@/lib/api/types';

/**
 * Where the session lives: the access token only in memory (gone when the tab closes, out of reach of
 * other tabs' scripts); the refresh token in localStorage, so a reload or another tab restores the
 * session, or, on a shared device ("Không ghi nhớ đăng nhập"), in this tab's sessionStorage only, so
 * closing the tab ends the session there.
 */
export const REFRESH_KEY = 'hocvuso.refresh';

export type SessionStatus = 'restoring' | 'authenticated' | 'anonymous';

/** `device`: remembered on this device (localStorage); `tab`: this tab only (sessionStorage). */
export type Persistence = 'device' | 'tab';

export interface SessionState {
  status: SessionStatus;
  accessToken: string | null;
}

type Listener = () => void;
type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface StoreOptions {
  device?: () => KeyValueStorage | null | undefined;
  tab?: () => KeyValueStorage | null | undefined;
}

function read(storage: KeyValueStorage | null | undefined): string | null {
  try {
    return storage?.getItem(REFRESH_KEY) ?? null;
  } catch {
    return null;
  }
}

function write(storage: KeyValueStorage | null | undefined, token: string | null) {
  try {
    if (token) storage?.setItem(REFRESH_KEY, token);
    else storage?.removeItem(REFRESH_KEY);
  } catch {
    /* storage unavailable: the session lasts for this page only */
  }
}

export function createTokenStore({
  device = () => globalThis.localStorage,
  tab = () => globalThis.sessionStorage,
}: StoreOptions = {}) {
  const storageFor = (persistence: Persistence) => (persistence === 'tab' ? tab() : device());
  /** A tab-only session wins: it was chosen in this tab. */
  const persistence = (): Persistence => (read(tab()) ? 'tab' : 'device');
  const stored = (): string | null => read(tab()) ?? read(device());

  let state: SessionState = { status: stored() ? 'restoring' : 'anonymous', accessToken: null };
  let memoryRefresh: string | null = null;
  let memoryPersistence: Persistence = persistence();
  const listeners = new Set<Listener>();

  function set(next: SessionState) {
    state = next;
    listeners.forEach((listener) => listener());
  }

  function forget() {
    memoryRefresh = null;
    write(tab(), null);
    write(device(), null);
  }

  return {
    getState: (): SessionState => state,
    getAccessToken: (): string | null => state.accessToken,
    getRefreshToken: (): string | null => stored() ?? memoryRefresh,
    /** Where this tab keeps its session: `tab` after a login on a shared device. */
    getPersistence: (): Persistence => (stored() ? persistence() : memoryPersistence),
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /**
     * After login (with the persistence the learner chose) or refresh (where the session already is):
     * the refresh token rotates, so always keep the newest, and in one place only.
     */
    setTokens(tokens: Pick<TokenResponse, 'accessToken' | 'refreshToken'>, chosen?: Persistence) {
      const where = chosen ?? (stored() ? persistence() : memoryPersistence);
      memoryRefresh = tokens.refreshToken;
      memoryPersistence = where;
      write(storageFor(where === 'tab' ? 'device' : 'tab'), null);
      write(storageFor(where), tokens.refreshToken);
      set({ status: 'authenticated', accessToken: tokens.accessToken });
    },
    /** Logout: the session is gone from this tab and from the device. */
    clear() {
      forget();
      set({ status: 'anonymous', accessToken: null });
    },
    /**
     * The server refused `failed`: this tab's session is over, but the stored token is removed only if
     * it is still that one. Another tab may have rotated it meanwhile, and its newer token is still good.
     */
    clearIfStill(failed: string) {
      if (read(tab()) === failed) write(tab(), null);
      if (read(device()) === failed) write(device(), null);
      if (memoryRefresh === failed) memoryRefresh = null;
      set({ status: 'anonymous', accessToken: null });
    },
    /** No session could be restored, but keep the refresh token (e.g. the network was down). */
    markAnonymous() {
      set({ status: 'anonymous', accessToken: null });
    },
  };
}

export type TokenStore = ReturnType<typeof createTokenStore>;
