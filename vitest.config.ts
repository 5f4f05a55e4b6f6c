import { defineConfig } from 'vitest/config';

/**
 * Three scenarios, each its own Vitest project (`npm run test:unit`, `test:build`, `test:e2e`;
 * `npm test` runs them and the type check, see tests/run-all.ts):
 * - unit: pure functions, scripts and the content checker on fixtures; no build, no browser.
 * - build: the real site built once into dist/ (tests/global-setup.ts), read as files.
 * - e2e: the same build served on loopback and driven in one shared Chromium
 *   (tests/global-setup-browser.ts).
 * Builds a test needs of its own (fixtures, a second site) run in their own copy of the
 * project (scripts/lib/isolated-build.ts), so test files may run side by side.
 *
 * Vitest's default is one worker per core but one, so a 2-core machine would run every file
 * one after another (and a project left with one worker is moved to the end of the run).
 * Unit and build files mostly wait for the processes they start (the real commands, fixture
 * builds), so they run two at a time whatever the core count.
 */
const SITE = ['tests/global-setup.ts'];
const BROWSER = ['tests/global-setup-browser.ts'];
const SIDE_BY_SIDE = 2;

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], maxWorkers: SIDE_BY_SIDE, sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: SITE,
          maxWorkers: SIDE_BY_SIDE,
          sequence: { groupOrder: 1 },
          // A build test is a build or a scan of every page: seconds on an idle machine, minutes
          // on a loaded shared one. The timeout is there to stop a hang, not to measure speed
          // (the benchmark scripts do that).
          testTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: [...SITE, ...BROWSER],
          sequence: { groupOrder: 2 },
          // Two files at a time in the one Chromium: most of a browser test is waiting (for
          // a page, a worker, an announcement), so a second file fills that time.
          maxWorkers: SIDE_BY_SIDE,
        },
      },
    ],
  },
});
