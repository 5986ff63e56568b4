import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { createTokenStore, REFRESH_KEY } from '@/lib/auth/token-store';
import { json, mockApi, problem } from '@/testing/mock-api';
import { createAuthFetch, REFRESH_LOCK, type RefreshHandoff, type RefreshLocks } from './auth-fetch';
import type { paths } from './schema';

const BASE = 'http://api.test';
const profile = { id: 'u1', fullName: 'Nguyễn Thị Hoa' };

function setup(language = 'vi') {
  const tokens = createTokenStore();
  tokens.setTokens({ accessToken: 'old-access', refreshToken: 'refresh-1' });
  const auth = createAuthFetch({ tokens, baseUrl: BASE, language: () => language });
  const client = createClient<paths>({ baseUrl: BASE, fetch: auth.fetch });
  return { tokens, client };
}

const rotated = {
  accessToken: 'new-access',
  tokenType: 'Bearer',
  expiresIn: 900,
  refreshToken: 'refresh-2',
  refreshExpiresIn: 2592000,
};

/** An API whose `method /api/v1/me` refuses the old access token as expired, until the session is refreshed. */
function refreshingApi(method: 'GET' | 'PATCH') {
  return mockApi({
    [`${method} /api/v1/me`]: (request) =>
      request.headers.get('Authorization') === 'Bearer new-access'
        ? json(profile)
        : problem(401, 'not_authenticated', 'Bạn cần đăng nhập'),
    'POST /api/v1/auth/refresh': () => json(rotated),
  });
}

describe('API client session handling', () => {
  it('sends the access token and the user language on every request', async () => {
    const api = mockApi({ 'GET /api/v1/me': () => json(profile) });
    const { client } = setup('en');
    await client.GET('/api/v1/me');
    expect(api.requests[0]?.headers.get('Authorization')).toBe('Bearer old-access');
    expect(api.requests[0]?.headers.get('Accept-Language')).toBe('en');
  });

  it('after an expired access token, refreshes once and repeats the request with the same body', async () => {
    const api = refreshingApi('PATCH');
    const { client, tokens } = setup();

    const result = await client.PATCH('/api/v1/me', { body: { fullName: 'Nguyễn Thị Hoa' } });

    expect(result.data).toEqual(profile);
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'PATCH /api/v1/me',
      'POST /api/v1/auth/refresh',
      'PATCH /api/v1/me',
    ]);
    expect(api.requests[1]?.body).toEqual({ refreshToken: 'refresh-1' });
    expect(api.requests[2]?.body).toEqual({ fullName: 'Nguyễn Thị Hoa' });
    // the refresh token rotates: the new one is kept for next time
    expect(localStorage.getItem(REFRESH_KEY)).toBe('refresh-2');
    expect(tokens.getState()).toEqual({ status: 'authenticated', accessToken: 'new-access' });
  });

  it('shares one refresh between requests that fail together (a reused refresh token would end the session)', async () => {
    const api = refreshingApi('GET');
    const { client } = setup();

    const results = await Promise.all([client.GET('/api/v1/me'), client.GET('/api/v1/me'), client.GET('/api/v1/me')]);

    expect(results.every((r) => r.response.ok)).toBe(true);
    expect(api.requests.filter((r) => r.path === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('repeats a request refused for a token that was replaced meanwhile with the new token, without another refresh', async () => {
    const { client, tokens } = setup();
    const api = mockApi({
      'GET /api/v1/me': (request) => {
        if (request.headers.get('Authorization') === 'Bearer new-access') return json(profile);
        // the session is refreshed (by another request) while this one is on its way
        tokens.setTokens(rotated);
        return problem(401, 'not_authenticated', 'Bạn cần đăng nhập');
      },
      'POST /api/v1/auth/refresh': () => json(rotated),
    });

    const result = await client.GET('/api/v1/me');

    expect(result.data).toEqual(profile);
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/me', 'GET /api/v1/me']);
    expect(localStorage.getItem(REFRESH_KEY)).toBe('refresh-2');
  });

  it('logs out when the refresh token is refused, and does not try again', async () => {
    const api = mockApi({
      'GET /api/v1/me': () => problem(401, 'not_authenticated', 'Bạn cần đăng nhập để tiếp tục.'),
      'POST /api/v1/auth/refresh': () => problem(401, 'invalid_refresh_token', 'Phiên đăng nhập đã hết hạn.'),
    });
    const { client, tokens } = setup();

    const result = await client.GET('/api/v1/me');

    expect(result.response.status).toBe(401);
    expect(tokens.getState()).toEqual({ status: 'anonymous', accessToken: null });
    expect(localStorage.getItem(REFRESH_KEY)).toBeNull();
    expect(api.requests.filter((r) => r.path === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('does not refresh when the login itself is refused', async () => {
    const api = mockApi({
      'POST /api/v1/auth/login': () =>
        problem(401, 'invalid_credentials', 'Số điện thoại/email hoặc mật khẩu không đúng.'),
    });
    const { client, tokens } = setup();

    const result = await client.POST('/api/v1/auth/login', { body: { login: '0912345678', password: 'sai-mat-khau' } });

    expect(result.response.status).toBe(401);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.headers.get('Authorization')).toBeNull();
    expect(tokens.getState().status).toBe('authenticated');
  });

  describe('two tabs of one browser refreshing at once', () => {
    /**
     * The server's rotation as the API does it: a token is good once; presented again within seconds
     * (two tabs at once) it is refused without ending the session.
     */
    function rotatingServer() {
      let next = 2;
      const used = new Set<string>();
      const live = new Set(['refresh-1']);
      const presented: string[] = [];
      const api = mockApi({
        'GET /api/v1/me': (request) =>
          request.headers.get('Authorization')?.startsWith('Bearer access-')
            ? json(profile)
            : problem(401, 'not_authenticated', '…'),
        'POST /api/v1/auth/refresh': async (request) => {
          const token = (request.body as { refreshToken: string }).refreshToken;
          presented.push(token);
          // both tabs' requests are on the wire before either is answered
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (!live.has(token) || used.has(token))
            return problem(401, 'invalid_refresh_token', 'Phiên đăng nhập đã hết hạn.');
          used.add(token);
          const fresh = `refresh-${next++}`;
          live.add(fresh);
          return json({ ...rotated, accessToken: `access-${fresh}`, refreshToken: fresh });
        },
      });
      return { api, presented };
    }

    /** A tab: its own memory (access token), the browser's shared localStorage unless it is given its own view. */
    function tab(locks: RefreshLocks | null, { device, handoff }: { device?: Storage; handoff?: RefreshHandoff } = {}) {
      const tokens = createTokenStore(device ? { device: () => device } : {});
      const auth = createAuthFetch({ tokens, baseUrl: BASE, language: () => 'vi', locks, handoff });
      return { tokens, client: createClient<paths>({ baseUrl: BASE, fetch: auth.fetch }) };
    }

    /**
     * The browser's lock manager, as far as a refresh uses it: one holder per name at a time, granted in
     * order; `ifAvailable` gets no lock while another holds it. `granted` lists the names of granted locks.
     */
    function lockManager() {
      const granted: string[] = [];
      let heldOrQueued = 0;
      let queue: Promise<unknown> = Promise.resolve();
      const locks: RefreshLocks = {
        request: <T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<T>) => {
          if (options.ifAvailable && heldOrQueued > 0) return callback(null);
          heldOrQueued++;
          const run = queue.then(async () => {
            granted.push(name);
            try {
              return await callback({ name });
            } finally {
              heldOrQueued--;
            }
          });
          queue = run.catch(() => undefined);
          return run;
        },
      };
      return { locks, granted };
    }

    it('without Web Locks, the refused tab takes the token the other stored, and neither ends the other session', async () => {
      localStorage.setItem(REFRESH_KEY, 'refresh-1');
      const { presented } = rotatingServer();
      const first = tab(null);
      const second = tab(null);

      const [a, b] = await Promise.all([first.client.GET('/api/v1/me'), second.client.GET('/api/v1/me')]);

      expect(a.response.status).toBe(200);
      expect(b.response.status).toBe(200);
      expect(first.tokens.getState().status).toBe('authenticated');
      expect(second.tokens.getState().status).toBe('authenticated');
      // one was refused for presenting refresh-1 a second time, then rotated the newer token
      expect(presented).toEqual(['refresh-1', 'refresh-1', 'refresh-2']);
      expect(localStorage.getItem(REFRESH_KEY)).toBe('refresh-3');
    });

    it('with Web Locks, the second tab waits and rotates the token the first one stored: no refusal at all', async () => {
      localStorage.setItem(REFRESH_KEY, 'refresh-1');
      const { presented } = rotatingServer();
      const { locks, granted: names } = lockManager();
      const first = tab(locks);
      const second = tab(locks);

      const results = await Promise.all([first.client.GET('/api/v1/me'), second.client.GET('/api/v1/me')]);

      expect(results.map((r) => r.response.status)).toEqual([200, 200]);
      expect(presented).toEqual(['refresh-1', 'refresh-2']);
      expect(names).toEqual([REFRESH_LOCK, REFRESH_LOCK]);
      expect(localStorage.getItem(REFRESH_KEY)).toBe('refresh-3');
    });

    it('a tab whose storage has not caught up yet rotates the token the lock holder announced: no refusal at all', async () => {
      const { presented } = rotatingServer();
      const { locks } = lockManager();
      // Chromium hands a localStorage write to other tabs later: the second tab's view still holds refresh-1
      const stale = new Map([[REFRESH_KEY, 'refresh-1']]);
      const staleView = {
        getItem: (key: string) => stale.get(key) ?? null,
        setItem: (key: string, value: string) => void stale.set(key, value),
        removeItem: (key: string) => void stale.delete(key),
      } as Storage;
      localStorage.setItem(REFRESH_KEY, 'refresh-1');
      // a BroadcastChannel between the two tabs; a message arrives in a later task, as in the browser
      const listeners: { tab: number; listener: (from: string, to: string | null) => void }[] = [];
      const channel = (tab: number): RefreshHandoff => ({
        announce: (from, to) =>
          setTimeout(() => listeners.filter((l) => l.tab !== tab).forEach((l) => l.listener(from, to)), 0),
        listen(listener) {
          listeners.push({ tab, listener });
          return () => undefined;
        },
      });
      const first = tab(locks, { handoff: channel(1) });
      const second = tab(locks, { device: staleView, handoff: channel(2) });

      const results = await Promise.all([first.client.GET('/api/v1/me'), second.client.GET('/api/v1/me')]);

      expect(results.map((r) => r.response.status)).toEqual([200, 200]);
      expect(presented).toEqual(['refresh-1', 'refresh-2']);
      expect(first.tokens.getState().status).toBe('authenticated');
      expect(second.tokens.getState().status).toBe('authenticated');
    });

    it('a refused token is removed from storage only while storage still holds it', () => {
      const tokens = createTokenStore();
      tokens.setTokens({ accessToken: 'a', refreshToken: 'refresh-1' });
      localStorage.setItem(REFRESH_KEY, 'refresh-2'); // another tab rotated it meanwhile

      tokens.clearIfStill('refresh-1');

      expect(tokens.getState().status).toBe('anonymous');
      expect(localStorage.getItem(REFRESH_KEY)).toBe('refresh-2');
    });
  });
});
