import type { TokenStore } from '@/lib/auth/token-store';

/** Endpoints that never carry the session's access token and never trigger a refresh. */
const PUBLIC_AUTH = /\/api\/v1\/auth\/(login|register|refresh|logout)$/;

/** The part of the Web Locks API the refresh needs (navigator.locks). */
export interface RefreshLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export interface AuthFetchOptions {
  tokens: TokenStore;
  baseUrl: string;
  language: () => string;
  fetch?: (request: Request) => Promise<Response>;
  /** Cross-tab lock; where the browser has none, the refresh still never clears another tab's token. */
  locks?: RefreshLocks | null;
}

export type RefreshOutcome = 'refreshed' | 'rejected' | 'failed';

/** One name for every tab of the app: one refresh at a time in the whole browser. */
export const REFRESH_LOCK = 'hocvuso.refresh';

function browserLocks(): RefreshLocks | null {
  const locks = globalThis.navigator?.locks;
  return locks && typeof locks.request === 'function' ? (locks as unknown as RefreshLocks) : null;
}

/**
 * A fetch for the API client: adds Accept-Language and the bearer token; on a 401 it refreshes the
 * session once (one refresh at a time, shared by every waiting request, because refresh tokens rotate and
 * a reused one revokes the session) and retries the request; if the refresh is refused, it logs out.
 *
 * Tabs share the stored refresh token, so the refresh runs under a Web Lock held across tabs: a second
 * tab waits, then reads the token the first one stored and rotates that one. Where Web Locks are missing,
 * two tabs may present the same token at once; the server refuses the slower one without ending the
 * session, and that tab retries with the token the faster one stored. A refused token is removed from
 * storage only if storage still holds it, so one tab never ends another's session.
 */
export function createAuthFetch({
  tokens,
  baseUrl,
  language,
  fetch: send = (r) => globalThis.fetch(r),
  locks = browserLocks(),
}: AuthFetchOptions) {
  let inFlight: Promise<RefreshOutcome> | null = null;

  async function present(refreshToken: string): Promise<Response | null> {
    try {
      return await send(
        new Request(`${baseUrl}/api/v1/auth/refresh`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': language() },
          body: JSON.stringify({ refreshToken }),
        }),
      );
    } catch {
      return null;
    }
  }

  async function rotate(): Promise<RefreshOutcome> {
    // a second round only when another tab rotated the token while this one was presenting it
    for (let round = 0; round < 2; round++) {
      const refreshToken = tokens.getRefreshToken();
      if (!refreshToken) {
        tokens.markAnonymous();
        return 'rejected';
      }
      const response = await present(refreshToken);
      if (!response) return 'failed';
      if (response.ok) {
        tokens.setTokens(await response.json());
        return 'refreshed';
      }
      if (response.status !== 400 && response.status !== 401) return 'failed';
      if (tokens.getRefreshToken() === refreshToken) {
        tokens.clearIfStill(refreshToken);
        return 'rejected';
      }
    }
    tokens.markAnonymous();
    return 'rejected';
  }

  function doRefresh(): Promise<RefreshOutcome> {
    return locks ? locks.request(REFRESH_LOCK, rotate) : rotate();
  }

  /** Refreshes the session; concurrent callers share one request. */
  function refresh(): Promise<RefreshOutcome> {
    inFlight ??= doRefresh().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  function prepare(request: Request, withToken: boolean): Request {
    request.headers.set('Accept-Language', language());
    const token = tokens.getAccessToken();
    if (withToken && token) request.headers.set('Authorization', `Bearer ${token}`);
    else request.headers.delete('Authorization');
    return request;
  }

  async function authFetch(request: Request): Promise<Response> {
    const isAuthEndpoint = PUBLIC_AUTH.test(new URL(request.url).pathname);
    // keep an unread copy of the body for the one retry
    const retry = isAuthEndpoint ? null : request.clone();
    const sentWith = tokens.getAccessToken();
    const response = await send(prepare(request, !isAuthEndpoint));
    if (response.status !== 401 || !retry || !tokens.getRefreshToken()) return response;
    // The session was refreshed while this request was on its way (the restore the entry starts, or
    // another request's 401): the new token is tried first, since another refresh would rotate the
    // refresh token once more for nothing.
    const current = tokens.getAccessToken();
    if (current && current !== sentWith) return send(prepare(retry, true));

    const outcome = await refresh();
    if (outcome !== 'refreshed') return response;
    return send(prepare(retry, true));
  }

  return { fetch: authFetch, refresh };
}
