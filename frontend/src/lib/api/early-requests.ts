import { config } from '@/lib/config';
import { tokenStore } from '@/lib/auth/session-store';
import { auth } from './session-refresh';

/** How long an early answer waits for the query it was asked for; after that the page asks afresh. */
const KEEP_MS = 10_000;

// `token`: the session the answer was asked in. A shared device may log out and in as someone else
// within the wait; one person's answer must never reach another's page.
const early = new Map<string, { at: number; token: string | null; response: Promise<Response | null> }>();
let open = true;

/**
 * GETs of the API that the entry (src/main.tsx) starts for the page being opened, as soon as the session
 * is restored and before the app's code has arrived: the first identical GET of the API client (the
 * page's query, asked by its route's loader) takes the answer instead of asking again. Once the app's
 * router runs, its loaders ask for themselves and nothing more is started here (closeEarlyRequests).
 */
export function requestEarly(paths: string[], now = Date.now) {
  if (!open) return;
  for (const path of paths) {
    const request = new Request(`${config.apiBaseUrl}${path}`, {
      headers: { Accept: 'application/json, application/problem+json' },
    });
    early.set(request.url, {
      at: now(),
      token: tokenStore.getState().accessToken,
      response: auth.fetch(request).catch(() => null),
    });
  }
}

/**
 * The JSON of an early GET's successful answer, read from a copy so that the page's query still takes the
 * answer itself; null for any other answer, a failure, or a GET not asked for. Call it right after
 * requestEarly: the copy is made as the answer arrives, before anything reads it.
 */
export function earlyJson(path: string): Promise<unknown> {
  const hit = early.get(new Request(`${config.apiBaseUrl}${path}`).url);
  if (!hit) return Promise.resolve(null);
  return hit.response.then((response) => (response?.ok ? response.clone().json() : null)).catch(() => null);
}

/** Settles once every early GET asked for so far has its answer (or has failed). */
export function earlyRequestsSettled(): Promise<void> {
  return Promise.all([...early.values()].map(({ response }) => response)).then(() => undefined);
}

export function closeEarlyRequests() {
  open = false;
}

/** The API client's fetch: a fresh, successful early answer to the same GET if there is one, else `send`. */
export async function adoptEarlyOr(
  send: (request: Request) => Promise<Response>,
  request: Request,
  now = Date.now,
): Promise<Response> {
  const hit = request.method === 'GET' ? early.get(request.url) : undefined;
  if (hit) {
    early.delete(request.url);
    const response = now() - hit.at < KEEP_MS ? await hit.response : null;
    // compared after the wait: the session may have ended while the answer was on its way
    if (response?.ok && hit.token === tokenStore.getState().accessToken) return response;
  }
  return send(request);
}
