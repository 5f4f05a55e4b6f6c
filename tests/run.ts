/**
 * `npm test`: the type check, the unit tests, and the build and browser tests, run side by
 * side as three processes. The unit tests need no build, and the build and browser tests
 * spend most of their time waiting (for astro build, for Chromium), so running them one
 * after another left the machine idle half the time; side by side, `npm test` takes about
 * as long as its longest part (the build and browser tests).
 *
 * The build and browser tests print as they go; the other two print their whole output
 * when they finish, so lines do not interleave. The exit code is non-zero when any part
 * failed, and every part runs to the end either way. Arguments go to both Vitest runs
 * (e.g. `npm test -- --reporter=verbose`).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const extra = process.argv.slice(2);

interface Part {
  name: string;
  args: string[];
  /** Streamed as it runs; the others are printed whole when they end. */
  live?: boolean;
}

// `astro check` would first sync the content store in .astro/, exactly as the test build does;
// two processes writing that store at once break each other (both write the same temporary
// file, and the second rename fails). So the store is synced once, before either starts, and
// the type check reads it as it is (--noSync). The build then finds it current and skips the
// write (Astro leaves an unchanged store file alone).
const SYNC: Part = { name: 'content sync (astro sync)', args: [ASTRO, 'sync'] };
const UNIT: Part = { name: 'unit tests', args: [VITEST, 'run', '--project', 'unit', ...extra] };
const AFTER_SYNC: Part[] = [
  { name: 'type check (astro check)', args: [ASTRO, 'check', '--noSync'] },
  { name: 'build and browser tests', args: [VITEST, 'run', '--project', 'build', '--project', 'e2e', ...extra], live: true },
];

const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

function run(part: Part): Promise<{ part: Part; code: number; took: string }> {
  const since = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, part.args, {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
      stdio: ['ignore', part.live ? 'inherit' : 'pipe', part.live ? 'inherit' : 'pipe'],
    });
    const out: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => out.push(b));
    child.on('close', (code, signal) => {
      const took = seconds(since);
      const status = code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`;
      if (!part.live) process.stdout.write(`\n──── ${part.name}: ${status} in ${took} ────\n${Buffer.concat(out).toString()}\n──── end of ${part.name} ────\n`);
      done({ part, code: code ?? 1, took });
    });
  });
}

// The unit tests need neither the store nor a build, so they start at once.
const unit = run(UNIT);
const synced = await run(SYNC);
const results = [synced, ...(await Promise.all(synced.code === 0 ? [unit, ...AFTER_SYNC.map(run)] : [unit]))];
process.stdout.write(`\nnpm test: ${seconds(started)} in all\n`);
for (const r of results) process.stdout.write(`  ${r.code === 0 ? 'passed' : 'FAILED'}  ${r.part.name} (${r.took})\n`);
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
