import { defineConfig } from 'vitest/config';

// End-to-end tests: a real headless Chromium against the served build and the real backend.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['./e2e/global-setup.ts'],
    // a scenario is a person's whole errand (several pages, each loading its code and data): on a busy
    // 2-core CI machine one took over a minute
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // expect.poll waits one second by default: a page that waits on the API can take longer than that here
    // (a course page's loader, once, in CI), so give it Playwright's own 15 s
    expect: { poll: { timeout: 15_000 } },
    fileParallelism: false,
    // one browser, one backend: run scenarios in order
    sequence: { concurrent: false },
  },
});
