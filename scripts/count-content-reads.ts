/**
 * How often one `astro build` reads the content folder: every read of a file under
 * content/ (or CONTENT_DIR), grouped by the module that read it, with the build's wall
 * time (for CPU time, run it under `/usr/bin/time`).
 *
 *   npm run bench:reads                       # builds into tmp/count-reads/dist
 *   npm run bench:reads -- --keep-cache       # reuse Astro's content cache
 *
 * Each read of a YAML record or MDX file by the site's readers is followed by a parse.
 * Not seen here: the MDX compiler's own load of each MDX module, which the bundler
 * (rolldown) reads natively, outside Node's fs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const { values: opts } = parseArgs({ options: { 'keep-cache': { type: 'boolean', default: false } } });
const work = join(ROOT, 'tmp', 'count-reads');
const cache = join(work, 'cache');
if (!opts['keep-cache']) rmSync(cache, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const tallyFile = join(work, 'reads.json');
rmSync(tallyFile, { force: true });

const preload = join(ROOT, 'scripts', 'lib', 'count-reads-preload.ts');
const started = performance.now();
const res = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NODE_OPTIONS: `--import ${preload}`, COUNT_READS_OUT: tallyFile, DIST_DIR: join(work, 'dist'), ASTRO_CACHE_DIR: cache },
});
const wall = (performance.now() - started) / 1000;
if (res.status !== 0 || !existsSync(tallyFile)) {
  console.error(`astro build failed (status ${res.status})`);
  process.exit(1);
}
const tally = JSON.parse(readFileSync(tallyFile, 'utf8')) as Record<string, Record<string, number>>;

const kind = (f: string) => (f.endsWith('.mdx') ? 'mdx' : /\.ya?ml$/.test(f) ? 'yaml' : 'other');
let total = 0;
const files = new Map<string, number>();
console.log('reads of content files, by reader:');
for (const [who, byFile] of Object.entries(tally).sort()) {
  const counts = { yaml: 0, mdx: 0, other: 0 };
  for (const [f, n] of Object.entries(byFile)) {
    counts[kind(f)] += n;
    total += n;
    files.set(f, (files.get(f) ?? 0) + n);
  }
  console.log(`  ${who}: ${counts.yaml} YAML, ${counts.mdx} MDX, ${counts.other} other`);
}
const perFile = new Map<string, number>();
for (const [f, n] of files) if (kind(f) !== 'other') perFile.set(`${kind(f)} ×${n}`, (perFile.get(`${kind(f)} ×${n}`) ?? 0) + 1);
console.log(`total: ${total} reads of ${files.size} distinct files`);
console.log(`YAML/MDX files by times read: ${[...perFile].sort().map(([k, v]) => `${v} ${k}`).join(', ')}`);
console.log(`build: ${wall.toFixed(1)} s wall`);
