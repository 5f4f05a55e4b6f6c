/**
 * Builds the real site once into dist/ before the build and e2e tests read it, unless
 * SKIP_BUILD=1 says dist/ is already fresh (handy while writing tests).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (process.env.SKIP_BUILD === '1' && existsSync('dist/index.html')) return;
  const started = Date.now();
  execFileSync('npx', ['astro', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: '' },
  });
  console.log(`site built for tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
