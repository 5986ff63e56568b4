import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { tokenStore } from '@/lib/auth/session';
import { i18n } from '@/lib/i18n';

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

afterEach(() => {
  // the app's one session must not leak from one test into the next
  tokenStore.clear();
});
