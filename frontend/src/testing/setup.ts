import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { progressQueue } from '@/features/learning/offline/sync';
import { tokenStore } from '@/lib/auth/session';
import { i18n } from '@/lib/i18n';

// the first render of a lazy page compiles it: on a 2-core machine that can take over a second
configure({ asyncUtilTimeout: 4000 });

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

afterEach(() => {
  // the app's one session must not leak from one test into the next
  tokenStore.clear();
  // nor the progress queue: a report still being sent when a test ends (its fake API gone) held the
  // next test's queue, so that its report was never tried
  progressQueue.forget();
});
