/**
 * A second build of the real site, in its own copy of the project with its own cache,
 * with FEEDBACK_ENDPOINT pointing at a loopback receiver (the port is reserved by
 * tests/global-setup.ts, since the build bakes the address into the page and its CSP).
 *
 * Made at most once per test run and shared by two tests: the feedback test drives the
 * endpoint mode on it, and the determinism test compares its open data, feeds and
 * calendars with dist/ byte for byte (FEEDBACK_ENDPOINT only changes the feedback pages).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isolatedBuild } from '../../scripts/lib/isolated-build.ts';
import { contentRoot } from '../../src/node/content-root.ts';

/** Where the receiver must listen; the second build posts there. */
export const FEEDBACK_PORT = Number(process.env.SNGV_FEEDBACK_PORT || 0);
export const FEEDBACK_PATH = '/api/phan-anh';

/** The dist/ folder of the second build, built now if this run has not built it yet. */
export function secondBuild(): string {
  if (!FEEDBACK_PORT) throw new Error('SNGV_FEEDBACK_PORT is unset: run this test through vitest (tests/global-setup.ts)');
  const run = process.env.SNGV_TEST_RUN || mkdtempSync(join(tmpdir(), 'sngv-run-'));
  const work = join(run, 'second');
  const done = join(run, 'second.done');
  const dist = join(work, 'site', 'dist');
  if (existsSync(done)) return dist;
  const b = isolatedBuild(work, contentRoot(), { FEEDBACK_ENDPOINT: `http://127.0.0.1:${FEEDBACK_PORT}${FEEDBACK_PATH}` });
  execFileSync(b.cmd, b.args, { cwd: b.cwd, env: b.env, stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(done, '');
  return b.dist;
}
