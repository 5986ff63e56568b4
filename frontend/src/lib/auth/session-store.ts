import { createTokenStore } from './token-store';

/**
 * The app's one session, in a module of its own without React, so that the entry (src/main.tsx) can
 * start bringing a stored session back before the app's code has arrived (lib/api/session-refresh.ts).
 * Components read it through useSession (./session).
 */
export const tokenStore = createTokenStore();
