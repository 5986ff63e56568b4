import type { TokenStore } from '@/lib/auth/token-store';

/** Endpoints that never carry the session's access token and never trigger a refresh. */
const PUBLIC_AUTH = /\/api\/v1\/auth\/(login|register|refresh|logout)$/;

/** The part of the Web Locks API the refresh needs (navigator.locks). */
export interface RefreshLocks {
  /** `lock` is null when `ifAvailable` was asked and another tab holds it. */
  request<T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

/**
 * How tabs tell each other which refresh token a rotation left (a BroadcastChannel in the browser,
 * lib/api/session-refresh.ts). localStorage alone is not enough: Chromium hands a write to other tabs
 * asynchronously, so a tab granted the lock microseconds after the holder's release can still read the
 * token the holder has just used.
 */
export interface RefreshHandoff {
  /** `from` was presented; `to` is what storage holds now (null: nothing). Sent before the lock is released. */
  announce(from: string, to: string | null): void;
  /** Every other tab's announcements; returns the unsubscribe. */
  listen(listener: (from: string, to: string | null) => void): () => void;
}

/** How long a tab that waited for the lock waits for the holder's announcement (a closed holder sends none). */
export const HANDOFF_WAIT_MS = 1_000;
/** Rotations by other tabs remembered: more than tabs ever refresh at one moment. */
const REMEMBERED_ROTATIONS = 8;

export interface AuthFetchOptions {
  tokens: TokenStore;
  baseUrl: string;
  language: () => string;
  fetch?: (request: Request) => Promise<Response>;
  /** Cross-tab lock; where the browser has none, the refresh still never clears another tab's token. */
  locks?: RefreshLocks | null;
  /** Cross-tab announcements of rotated tokens; without them a tab reads storage (see RefreshHandoff). */
  handoff?: RefreshHandoff | null;
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
 * tab waits, then rotates the token the first one announced before releasing the lock (the handoff; it
 * waits up to HANDOFF_WAIT_MS for that announcement), or else the one in storage. Where Web Locks are missing,
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
  handoff = null,
}: AuthFetchOptions) {
  let inFlight: Promise<RefreshOutcome> | null = null;

  // what other tabs rotated, from → to (the last few: one per tab refreshing at once)
  const rotatedElsewhere = new Map<string, string>();
  let announcements = 0;
  const announced = new Set<() => void>();
  handoff?.listen((from, to) => {
    if (to && to !== from) rotatedElsewhere.set(from, to);
    if (rotatedElsewhere.size > REMEMBERED_ROTATIONS) rotatedElsewhere.delete(rotatedElsewhere.keys().next().value!);
    announcements++;
    announced.forEach((wake) => wake());
  });

  /** The stored token, or what another tab said it became if this tab's storage has not caught up yet. */
  function newestToken(): string | null {
    let token = tokens.getRefreshToken();
    for (let step = 0; token && rotatedElsewhere.has(token) && step < REMEMBERED_ROTATIONS; step++)
      token = rotatedElsewhere.get(token)!;
    return token;
  }

  /** Resolves once an announcement newer than `mark` has arrived, or after HANDOFF_WAIT_MS. */
  function announcementAfter(mark: number): Promise<void> {
    if (!handoff || announcements > mark) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        announced.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, HANDOFF_WAIT_MS);
      announced.add(wake);
    });
  }

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

  async function presentOnce(refreshToken: string): Promise<RefreshOutcome | 'retry'> {
    const response = await present(refreshToken);
    if (!response) return 'failed';
    if (response.ok) {
      tokens.setTokens(await response.json());
      return 'refreshed';
    }
    if (response.status !== 400 && response.status !== 401) return 'failed';
    if (newestToken() === refreshToken) {
      tokens.clearIfStill(refreshToken);
      return 'rejected';
    }
    return 'retry';
  }

  async function rotate(): Promise<RefreshOutcome> {
    // a second round only when another tab rotated the token while this one was presenting it
    for (let round = 0; round < 2; round++) {
      const refreshToken = newestToken();
      if (!refreshToken) {
        tokens.markAnonymous();
        return 'rejected';
      }
      const outcome = await presentOnce(refreshToken);
      // a tab-only session's token is in no other tab's storage: nothing to tell them
      if (tokens.getPersistence() === 'device') handoff?.announce(refreshToken, tokens.getRefreshToken());
      if (outcome !== 'retry') return outcome;
    }
    tokens.markAnonymous();
    return 'rejected';
  }

  /** Under the lock; a tab that had to wait for it first takes the holder's announcement. */
  function doRefresh(): Promise<RefreshOutcome> {
    const manager = locks;
    if (!manager) return rotate();
    const mark = announcements;
    return manager.request(REFRESH_LOCK, { ifAvailable: true }, (lock) =>
      lock ? rotate() : manager.request(REFRESH_LOCK, {}, () => announcementAfter(mark).then(rotate)),
    );
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
