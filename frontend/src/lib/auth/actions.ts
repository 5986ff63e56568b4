import { api, refreshSession } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type { TokenResponse } from '@/lib/api/types';
import { tokenStore } from './session';

/** On start: a stored refresh token brings the session back without asking for the password. */
export async function restoreSession(): Promise<void> {
  if (!tokenStore.getRefreshToken()) {
    tokenStore.markAnonymous();
    return;
  }
  const outcome = await refreshSession();
  if (outcome !== 'refreshed') tokenStore.markAnonymous();
}

export async function logIn(login: string, password: string): Promise<TokenResponse> {
  const tokens = await call(api.POST('/api/v1/auth/login', { body: { login: login.trim(), password } }));
  tokenStore.setTokens(tokens);
  return tokens;
}

/** Ends the session on the server (best effort), then forgets it here whatever happened. */
export async function logOut(): Promise<void> {
  const refreshToken = tokenStore.getRefreshToken();
  try {
    if (refreshToken) await api.POST('/api/v1/auth/logout', { body: { refreshToken } });
  } catch {
    /* offline: the refresh token expires on its own */
  } finally {
    tokenStore.clear();
  }
}
