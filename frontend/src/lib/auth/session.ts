import { useSyncExternalStore } from 'react';
import { tokenStore } from './session-store';
import type { SessionState } from './token-store';

export { tokenStore };

export function useSession(): SessionState {
  return useSyncExternalStore(tokenStore.subscribe, tokenStore.getState, tokenStore.getState);
}

/** Resolves once the session is known (restored, or anonymous): what a route's loader waits for. */
export function sessionSettled(): Promise<SessionState> {
  return new Promise((resolve) => {
    const check = () => {
      const state = tokenStore.getState();
      if (state.status === 'restoring') return false;
      resolve(state);
      return true;
    };
    if (check()) return;
    const unsubscribe = tokenStore.subscribe(() => {
      if (check()) unsubscribe();
    });
  });
}
