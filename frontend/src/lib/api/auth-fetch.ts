import type { TokenStore } from '@/lib/auth/token-store';

/** Endpoints that never carry the session's access token and never trigger a refresh. */
const PUBLIC_AUTH = /\/api\/v1\/auth\/(login|register|refresh|logout)$/;

export interface AuthFetchOptions {
  tokens: TokenStore;
  baseUrl: string;
  language: () => string;
  fetch?: (request: Request) => Promise<Response>;
}

export type RefreshOutcome = 'refreshed' | 'rejected' | 'failed';

/**
 * A fetch for the API client: adds Accept-Language and the bearer token; on a 401 it refreshes the
 * session once (one refresh at a time, shared by every waiting request, because refresh tokens rotate and
 * a reused one revokes the session) and retries the request; if the refresh is refused, it logs out.
 */
export function createAuthFetch({ tokens, baseUrl, language, fetch: send = (r) => globalThis.fetch(r) }: AuthFetchOptions) {
  let inFlight: Promise<RefreshOutcome> | null = null;

  async function doRefresh(): Promise<RefreshOutcome> {
    const refreshToken = tokens.getRefreshToken();
    if (!refreshToken) {
      tokens.clear();
      return 'rejected';
    }
    let response: Response;
    try {
      response = await send(
        new Request(`${baseUrl}/api/v1/auth/refresh`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': language() },
          body: JSON.stringify({ refreshToken }),
        }),
      );
    } catch {
      return 'failed';
    }
    if (response.ok) {
      tokens.setTokens(await response.json());
      return 'refreshed';
    }
    if (response.status === 400 || response.status === 401) {
      tokens.clear();
      return 'rejected';
    }
    return 'failed';
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
    const response = await send(prepare(request, !isAuthEndpoint));
    if (response.status !== 401 || !retry || !tokens.getRefreshToken()) return response;

    const outcome = await refresh();
    if (outcome !== 'refreshed') return response;
    return send(prepare(retry, true));
  }

  return { fetch: authFetch, refresh };
}
