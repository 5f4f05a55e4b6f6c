/**
 * `npm run compare-dist` — what a change of code does to the built site, byte for byte.
 * For refactors: the answer should be "identical", or a short list you can explain.
 *
 *   npm run compare-dist                      # build main and this checkout, compare
 *   npm run compare-dist -- --base HEAD~3     # any git ref as the "before"
 *   npm run compare-dist -- --a dist-before --b dist   # compare two builds already made
 *   options: --content DIR (default: content/, the same for both builds)
 *            --out DIR (default: tmp/compare-dist; the builds stay there)
 *            --show N (how many differing files to show a first difference for; default 20)
 *
 * Both builds use the same content, the same node_modules and SITE_URL, each in its own
 * copy of the project (scripts/lib/isolated-build.ts). Exit status: 0 identical, 1 different.
 *
 * Pagefind's index (pagefind/: fragments, filters, index chunks, their hashed names and
 * pagefind-entry.json) differs between two builds of the same sources and content, so it is
 * left out and only counted; the pages it indexes are compared. --pagefind includes it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isolatedBuild } from './lib/isolated-build.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

const { values: opts } = parseArgs({
  options: {
    base: { type: 'string', default: 'main' },
    a: { type: 'string' },
    b: { type: 'string' },
    content: { type: 'string', default: join(ROOT, 'content') },
    out: { type: 'string', default: join(ROOT, 'tmp', 'compare-dist') },
    show: { type: 'string', default: '20' },
    pagefind: { type: 'boolean', default: false },
  },
});

/** Files whose bytes vary from build to build by themselves (see above). */
const UNSTABLE = /^pagefind\/(pagefind-entry\.json$|pagefind\.[^/]+\.pf_meta$|(filter|fragment|index)\/)/;

function build(name: string, sourceRoot: string): string {
  const started = Date.now();
  const b = isolatedBuild(join(resolve(opts.out!), name), resolve(opts.content!), {}, sourceRoot);
  execFileSync(b.cmd, b.args, { cwd: b.cwd, env: b.env, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s → ${b.dist}`);
  return b.dist;
}

/** The sources of a git ref, unpacked (only what a build reads). */
function checkout(ref: string): string {
  const dir = join(resolve(opts.out!), 'base-src');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const present = SOURCES.filter((f) => {
    try {
      execFileSync('git', ['cat-file', '-e', `${ref}:${f}`], { cwd: ROOT, stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  const tar = execFileSync('git', ['archive', ref, ...present], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  return dir;
}

function files(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = dir ? `${dir}/${name}` : name;
    return statSync(join(root, rel)).isDirectory() ? files(root, rel) : [rel];
  });
}

/** The first line that differs, for text files; the sizes otherwise. */
function firstDifference(a: Buffer, b: Buffer): string {
  const text = (buf: Buffer) => (buf.includes(0) ? undefined : buf.toString('utf8'));
  const [ta, tb] = [text(a), text(b)];
  if (ta === undefined || tb === undefined) return `binary, ${a.length} → ${b.length} bytes`;
  let i = 0;
  while (i < ta.length && ta[i] === tb[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 80));
  return `at character ${i}:\n      before ${around(ta)}\n      after  ${around(tb)}`;
}

const before = opts.a ? resolve(opts.a) : build('before', checkout(opts.base!));
const after = opts.b ? resolve(opts.b) : build('after', ROOT);
for (const d of [before, after]) if (!existsSync(d)) throw new Error(`${d} does not exist`);

const all = (root: string) => files(root).filter((f) => opts.pagefind || !UNSTABLE.test(f));
const a = new Set(all(before));
const b = new Set(all(after));
const skipped = files(before).length - a.size;
if (skipped) console.log(`(${skipped} Pagefind index files not compared: they differ between identical builds; --pagefind to include)`);
const removed = [...a].filter((f) => !b.has(f)).sort();
const added = [...b].filter((f) => !a.has(f)).sort();
const changed = [...a].filter((f) => b.has(f) && !readFileSync(join(before, f)).equals(readFileSync(join(after, f)))).sort();

console.log(`\n${a.size} files before, ${b.size} after: ${removed.length} removed, ${added.length} added, ${changed.length} changed`);
for (const f of removed) console.log(`  - ${f}`);
for (const f of added) console.log(`  + ${f}`);
const show = Number(opts.show);
changed.forEach((f, n) => {
  console.log(`  ~ ${f}`);
  if (n < show) console.log(`      ${firstDifference(readFileSync(join(before, f)), readFileSync(join(after, f)))}`);
});
process.exit(removed.length + added.length + changed.length === 0 ? 0 : 1);
