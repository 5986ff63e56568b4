import { afterEach, beforeEach } from 'vitest';
import { progressQueue } from '@/features/learning';
import { tokenStore } from '@/lib/auth/session';

/** Around each test of the file that calls it: a learner signed in, and the progress queue running (stopped after). */
export function signedInLearnerWithProgressQueue() {
  let stop = () => {};
  beforeEach(() => {
    tokenStore.setTokens({ accessToken: 'a', refreshToken: 'r' });
    stop = progressQueue.start();
  });
  afterEach(() => stop());
}
