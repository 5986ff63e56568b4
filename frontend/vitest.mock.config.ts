import { defineConfig } from 'vitest/config';

// The web app's contract as a server: tests against Prism serving ../openapi.yaml (npm run mock).
export default defineConfig({
  test: {
    include: ['mock/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./mock/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
  },
});
