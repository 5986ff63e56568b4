import { defineConfig } from 'vitest/config';

// End-to-end tests: a real headless Chromium against the served build and the real backend.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['./e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // one browser, one backend: run scenarios in order
    sequence: { concurrent: false },
  },
});
