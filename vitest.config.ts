import { defineConfig } from 'vitest/config';

// Unit tests are fast and pure; build and e2e tests share one built site (tests/global-setup.ts).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Test files run one after another: several of them run their own `astro build`
    // (fixtures, a second site with a feedback endpoint, determinism), and Astro writes
    // shared files under .astro/ that concurrent builds with different content overwrite.
    // Serial runs also keep Chromium and builds from fighting over the two cores.
    fileParallelism: false,
  },
});
