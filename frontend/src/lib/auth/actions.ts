import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type { TokenResponse } from '@/lib/api/types';
import { forgetOfflineLessons } from '@/lib/offline/lesson-store';
import { forgetPersonalData } from './personal-data';
import { tokenStore } from './session';
import type { Persistence } from './token-store';

// on start, a stored refresh token brings the session back without asking for the password
export { restoreSession } from '@/lib/api/session-refresh';

/** `tab`: "Không ghi nhớ đăng nhập" on a shared device, the session ends when the tab closes. */
export async function logIn(
  login: string,
  password: string,
  persistence: Persistence = 'device',
): Promise<TokenResponse> {
  const tokens = await call(api.POST('/api/v1/auth/login', { body: { login: login.trim(), password } }));
  tokenStore.setTokens(tokens, persistence);
  return tokens;
}

type LogoutStep = () => Promise<void> | void;
const beforeLogout = new Set<LogoutStep>();
const afterLogout = new Set<LogoutStep>();

/**
 * Work a feature does around logout without the session code knowing the feature: before, while the
 * session still works (send queued progress); after, once it is gone (forget what it holds in memory).
 */
export function onLogout(step: { before?: LogoutStep; after?: LogoutStep }): () => void {
  if (step.before) beforeLogout.add(step.before);
  if (step.after) afterLogout.add(step.after);
  return () => {
    if (step.before) beforeLogout.delete(step.before);
    if (step.after) afterLogout.delete(step.after);
  };
}

async function runAll(steps: Set<LogoutStep>) {
  await Promise.allSettled([...steps].map(async (step) => step()));
}

/**
 * Ends the session on the server (best effort), then forgets it here whatever happened, with the
 * learner's personal data on the device (unsaved answers, video positions, unsent progress, the lessons and
 * audio kept for studying offline).
 */
export async function logOut(): Promise<void> {
  await runAll(beforeLogout);
  const refreshToken = tokenStore.getRefreshToken();
  try {
    if (refreshToken) await api.POST('/api/v1/auth/logout', { body: { refreshToken } });
  } catch {
    /* offline: the refresh token expires on its own */
  } finally {
    tokenStore.clear();
    forgetPersonalData();
    await forgetOfflineLessons();
    await runAll(afterLogout);
  }
}
