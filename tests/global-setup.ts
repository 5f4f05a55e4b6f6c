/**
 * Builds the real site once into dist/ before the build and e2e tests read it, unless
 * SKIP_BUILD=1 says dist/ is already fresh (handy while writing tests).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './helpers/dist.ts';

export default function setup(): void {
  if (process.env.SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html'))) return;
  const started = Date.now();
  execFileSync('npx', ['astro', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: '', DIST_DIR: DIST },
  });
  console.log(`site built for tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
