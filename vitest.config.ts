import { defineConfig } from 'vitest/config';

/**
 * Three scenarios, each its own Vitest project (`npm run test:unit`, `test:build`, `test:e2e`;
 * `npm test` runs the type check and then all three, in that order):
 * - unit: pure functions, scripts and the content checker on fixtures; no build, no browser.
 * - build: the real site built once into dist/ (tests/global-setup.ts), read as files.
 * - e2e: the same build served on loopback and driven in Chromium.
 * Builds a test needs of its own (fixtures, a second site) run in their own copy of the
 * project (scripts/lib/isolated-build.ts), so test files may run side by side.
 */
const SITE = ['tests/global-setup.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: SITE, sequence: { groupOrder: 1 } } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: SITE,
          sequence: { groupOrder: 2 },
          // One browser at a time: several Chromiums on a small machine make timing-sensitive
          // steps (typing, polling for an announcement) flaky rather than faster.
          fileParallelism: false,
        },
      },
    ],
  },
});
