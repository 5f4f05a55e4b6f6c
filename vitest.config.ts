import { defineConfig } from 'vitest/config';

// Unit tests are fast and pure; build and e2e tests share one built site (tests/build/global-setup.ts).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
