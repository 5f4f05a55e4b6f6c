/**
 * Builds the real site once into dist/ before the build and e2e tests read it, unless
 * SKIP_BUILD=1 says dist/ is already fresh (handy while writing tests). Both projects
 * name this file; the build runs for whichever starts first and is shared.
 *
 * Also prepares what tests/helpers/second-build.ts needs: a folder for this run and a free
 * loopback port for the feedback receiver, fixed before the second build bakes it in.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { DIST } from '../scripts/lib/dist.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}

export default async function setup(): Promise<(() => void) | void> {
  if (process.env.SNGV_TEST_RUN) return;
  const cache = resolve('node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const run = mkdtempSync(join(cache, 'sngv-run-'));
  process.env.SNGV_TEST_RUN = run;
  process.env.SNGV_FEEDBACK_PORT = String(await freePort());

  if (!(process.env.SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html')))) {
    const started = Date.now();
    execFileSync('npx', ['astro', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: '', DIST_DIR: DIST },
    });
    console.log(`site built for tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return () => rmSync(run, { recursive: true, force: true });
}
