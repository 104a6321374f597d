import { defineConfig } from 'vitest/config';

// End-to-end tests: playwright-core drives Debian's Chromium against the
// built renderer, served on 127.0.0.1 by the global setup.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    environment: 'node',
  },
});
