/**
 * `npm run bench` — how fast the site builds and how heavy its pages are. Prints figures;
 * asserts nothing about time (that belongs to a benchmark, not a test).
 *
 * For each N (default 1,000 and 10,000 new entries per language):
 *   1. generates a synthetic content folder: the real content plus N entries in vi, zh, en
 *      (scripts/bench/synthetic-content.ts);
 *   2. builds the site on it from a cold cache: wall time, pages per second, peak memory,
 *      files and bytes in dist/, Pagefind index bytes, gzip HTML/CSS/JS per template;
 *   3. builds the same synthetic MDX with a bare Astro project and prints the time ratio.
 * Then Lighthouse (mobile) on one page per template of the real site.
 *
 *   npm run bench                          # N = 1000 and 10000, bare build, Lighthouse
 *   npm run bench -- --n 200 --no-lighthouse
 *   options: --n 1000,10000  --no-bare  --no-lighthouse  --lh-locales vi,zh,en  --out bench-out
 */
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './bench/synthetic-content.ts';
import { runMeasured, summarizeDist, templateWeights, type DistSummary, type RunResult, type TemplateWeight } from './bench/measure.ts';
import { writeBareProject } from './bench/bare-astro.ts';
import { runLighthouse, type LighthouseRow } from './bench/lighthouse.ts';
import { representatives } from '../src/lib/page-templates.ts';
import { readRouteManifest } from '../src/node/route-manifest.ts';
import { serveLikeNginx } from './bench/serve.ts';
import { isolatedBuild } from './lib/isolated-build.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const MDX_COLLECTIONS = ['policies', 'mous', 'trade-agreements', 'events'];

const { values: opts } = parseArgs({
  options: {
    n: { type: 'string', default: '1000,10000' },
    'no-bare': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'lh-locales': { type: 'string', default: 'vi' },
    out: { type: 'string', default: 'bench-out' },
  },
});
const OUT = resolve(ROOT, opts.out!);
mkdirSync(OUT, { recursive: true });

const log = (s = '') => console.log(s);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const cpu = (r: RunResult) => (r.cpuSeconds === undefined ? '' : ` (${r.cpuSeconds.toFixed(1)} s CPU)`);

function buildEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=16384' };
}

/**
 * A cold build of the site on `content`, in its own copy of the project
 * (scripts/lib/isolated-build.ts), so that no other build on the machine can disturb it.
 */
async function buildSite(content: string, name: string): Promise<RunResult & { dist: string }> {
  const b = isolatedBuild(join(OUT, name), content);
  const r = await runMeasured(b.cmd, b.args, { cwd: b.cwd, env: buildEnv(b.env) });
  writeFileSync(join(OUT, `${name}.log`), r.output);
  if (r.code !== 0) throw new Error(`build failed (exit ${r.code}):\n${r.output.split('\n').slice(-40).join('\n')}`);
  return { ...r, dist: b.dist };
}

function printWeights(weights: TemplateWeight[]): void {
  log(`  ${'template'.padEnd(34)} ${'pages'.padStart(6)}  ${'HTML'.padStart(7)} ${'median'.padStart(7)} ${'CSS'.padStart(6)} ${'JS'.padStart(7)}   (gzip bytes; HTML/CSS/JS of the largest page)`);
  for (const w of weights) {
    log(`  ${w.template.padEnd(34)} ${String(w.pages).padStart(6)}  ${String(w.html).padStart(7)} ${String(w.medianHtml).padStart(7)} ${String(w.css).padStart(6)} ${String(w.js).padStart(7)}`);
  }
}

interface SizeResult {
  n: number;
  entries: Record<string, number>;
  ours: { seconds: number; cpuSeconds?: number; pages: number; pagesPerSecond: number; peakRss: number; peakProcess: number; dist: DistSummary };
  bare?: { seconds: number; cpuSeconds?: number; pages: number; peakRss: number; ratio: number; cpuRatio?: number };
  templates: TemplateWeight[];
}

async function benchSize(n: number): Promise<SizeResult> {
  log(`\n== N = ${n} new entries per language ==`);
  const content = join(OUT, `content-${n}`);
  const t0 = Date.now();
  const gen = generateContent(join(ROOT, 'content'), content, n);
  log(`  generated ${n} entries × 3 languages in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${Object.entries(gen.perCollection).map(([k, v]) => `${k} ${v}`).join(', ')}`);

  const r = await buildSite(content, `site-${n}`);
  const dist = r.dist;
  const d = summarizeDist(dist);
  const ours = { seconds: r.seconds, cpuSeconds: r.cpuSeconds, pages: d.htmlPages, pagesPerSecond: d.htmlPages / r.seconds, peakRss: r.peakRss, peakProcess: r.peakProcess, dist: d };
  log(`  our build:   ${r.seconds.toFixed(1)} s wall${cpu(r)}, ${d.htmlPages} pages, ${ours.pagesPerSecond.toFixed(0)} pages/s, peak memory ${mb(r.peakRss)} (largest process ${mb(r.peakProcess)})`);
  log(`  dist:        ${d.files} files, ${mb(d.bytes)}; Pagefind index ${d.pagefindFiles} files, ${mb(d.pagefindBytes)}`);
  const templates = templateWeights(dist);
  printWeights(templates);

  let bare: SizeResult['bare'];
  if (!opts['no-bare']) {
    const dir = join(OUT, `bare-${n}`);
    const bareDist = join(dir, 'dist');
    writeBareProject(dir, content, bareDist, MDX_COLLECTIONS);
    const b = await runMeasured(process.execPath, [ASTRO, 'build'], { cwd: dir, env: buildEnv() });
    if (b.code !== 0) throw new Error(`bare build failed:\n${b.output.split('\n').slice(-30).join('\n')}`);
    const pages = summarizeDist(bareDist).htmlPages;
    const cpuRatio = r.cpuSeconds && b.cpuSeconds ? r.cpuSeconds / b.cpuSeconds : undefined;
    bare = { seconds: b.seconds, cpuSeconds: b.cpuSeconds, pages, peakRss: b.peakRss, ratio: r.seconds / b.seconds, cpuRatio };
    log(`  bare Astro:  ${b.seconds.toFixed(1)} s wall${cpu(b)}, ${pages} pages (the synthetic MDX only), peak memory ${mb(b.peakRss)}`);
    log(`  ratio:       our build takes ${bare.ratio.toFixed(2)}× the bare build's wall time${cpuRatio ? `, ${cpuRatio.toFixed(2)}× its CPU time` : ''}`);
  }
  return { n, entries: gen.perCollection, ours, bare, templates };
}

async function lighthouseRealSite(): Promise<LighthouseRow[]> {
  log('\n== Lighthouse (mobile) on the real site ==');
  const r = await buildSite(join(ROOT, 'content'), 'site-real');
  const dist = r.dist;
  log(`  real site built in ${r.seconds.toFixed(1)} s`);
  const locales = opts['lh-locales']!.split(',');
  const pages = representatives(
    readRouteManifest(dist)
      .filter((p) => p.file.endsWith('.html'))
      .map((p) => ({ ...p, bytes: statSync(join(dist, p.file)).size })),
    0,
  ).filter((p) => locales.includes(p.locale));
  const server = await serveLikeNginx(dist);
  try {
    return await runLighthouse(server.origin, pages, log);
  } finally {
    await server.close();
  }
}

const sizes = opts.n!.split(',').map((s) => Number(s.trim())).filter((x) => x > 0);
const astroVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')).version;
log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${mb(totalmem())} RAM; Node ${process.version}; Astro ${astroVersion}`);

const results: SizeResult[] = [];
for (const n of sizes) results.push(await benchSize(n));
const lighthouseRows = opts['no-lighthouse'] ? [] : await lighthouseRealSite();

writeFileSync(join(OUT, 'results.json'), JSON.stringify({ date: new Date().toISOString(), astro: astroVersion, node: process.version, cpus: cpus().length, sizes: results, lighthouse: lighthouseRows }, null, 2));
log(`\nfigures written to ${join(opts.out!, 'results.json')}`);
