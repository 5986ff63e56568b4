import { useSyncExternalStore } from 'react';
import { createTokenStore, type SessionState } from './token-store';

/** The app's one session. */
export const tokenStore = createTokenStore();

export function useSession(): SessionState {
  return useSyncExternalStore(tokenStore.subscribe, tokenStore.getState, tokenStore.getState);
}
