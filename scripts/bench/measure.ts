/**
 * Measuring a build from outside: wall time and peak memory of the whole process tree
 * (Astro runs Pagefind as a child process), then what it wrote to dist/, per template.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { moduleImports, pageAssets } from '../../src/lib/page-templates.ts';
import { readRouteManifest } from '../../src/node/route-manifest.ts';

export interface RunResult {
  seconds: number;
  /** CPU seconds (user + system) of the command and its children, from GNU time. */
  cpuSeconds?: number;
  /** Highest sum of resident memory over the build's process tree, in bytes. */
  peakRss: number;
  /** Highest resident memory of a single process of the tree (VmHWM), in bytes. */
  peakProcess: number;
  code: number;
  output: string;
}

/** Resident memory (bytes) of `root` and all its descendants, and their own peaks. */
function treeMemory(root: number): { rss: number; hwm: number } {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let rss = 0;
  let hwm = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      hwm = Math.max(hwm, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss, hwm };
}

const GNU_TIME = '/usr/bin/time';
const TIME_TAG = 'BENCH_CPU';

/**
 * Runs a command, sampling its process tree's memory every 100 ms. Wall time depends on
 * whatever else the machine is doing; CPU time (through GNU time, when installed) much
 * less, so both are reported.
 */
export function runMeasured(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<RunResult> {
  const timed = existsSync(GNU_TIME);
  const [c, a] = timed ? [GNU_TIME, ['-f', `${TIME_TAG} %U %S`, cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(c, a, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakRss = 0;
    let peakProcess = 0;
    const timer = setInterval(() => {
      if (!child.pid) return;
      const m = treeMemory(child.pid);
      peakRss = Math.max(peakRss, m.rss);
      peakProcess = Math.max(peakProcess, m.hwm);
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const cpu = new RegExp(`${TIME_TAG} ([\\d.]+) ([\\d.]+)`).exec(output);
      resolve({
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined,
        peakRss,
        peakProcess,
        code: code ?? 1,
        output,
      });
    });
  });
}

export function walk(dir: string): string[] {
  const out: string[] = [];
  const rec = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) rec(abs);
      else out.push(abs);
    }
  };
  if (existsSync(dir)) rec(dir);
  return out;
}

export interface DistSummary {
  files: number;
  bytes: number;
  htmlPages: number;
  pagefindFiles: number;
  pagefindBytes: number;
}

export function summarizeDist(dist: string): DistSummary {
  const all = walk(dist);
  const pf = walk(join(dist, 'pagefind'));
  const size = (fs: string[]) => fs.reduce((s, f) => s + statSync(f).size, 0);
  return { files: all.length, bytes: size(all), htmlPages: all.filter((f) => f.endsWith('.html')).length, pagefindFiles: pf.length, pagefindBytes: size(pf) };
}

export interface TemplateWeight {
  template: string;
  pages: number;
  /** The largest page of the template (by raw HTML bytes). */
  largest: string;
  html: number;
  css: number;
  js: number;
  /** Median gzip HTML bytes over the template's pages. */
  medianHtml: number;
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

/** Gzip bytes of a page's module scripts and the chunks they import statically. */
function scriptBytes(dist: string, entries: string[]): number {
  const seen = new Set<string>();
  let total = 0;
  const visit = (sitePath: string) => {
    if (seen.has(sitePath)) return;
    seen.add(sitePath);
    const file = join(dist, sitePath);
    if (!existsSync(file)) return;
    const code = readFileSync(file);
    total += gz(code);
    for (const spec of moduleImports(code.toString('utf8'))) {
      if (spec.startsWith('.') || spec.startsWith('/')) visit(spec.startsWith('/') ? spec : posix.join(dirname(sitePath), spec));
    }
  };
  entries.forEach(visit);
  return total;
}

/** Per template: its largest page's gzip HTML, the CSS and JS it loads, and the median HTML. */
export function templateWeights(dist: string): TemplateWeight[] {
  const groups = new Map<string, { file: string; bytes: number }[]>();
  for (const { file, template } of readRouteManifest(dist)) {
    if (!file.endsWith('.html')) continue;
    groups.set(template, [...(groups.get(template) ?? []), { file, bytes: statSync(join(dist, file)).size }]);
  }
  const out: TemplateWeight[] = [];
  for (const [template, pages] of groups) {
    const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const html = readFileSync(join(dist, largest.file), 'utf8');
    const assets = pageAssets(html);
    // The median is estimated on up to 50 pages spread over the template.
    const step = Math.max(1, Math.floor(pages.length / 50));
    const sample = pages.filter((_, i) => i % step === 0).map((p) => gz(readFileSync(join(dist, p.file)))).sort((a, b) => a - b);
    out.push({
      template,
      pages: pages.length,
      largest: largest.file,
      html: gz(html),
      css: assets.css.reduce((s, c) => s + (existsSync(join(dist, c)) ? gz(readFileSync(join(dist, c))) : 0), 0),
      js: scriptBytes(dist, assets.js),
      medianHtml: sample[Math.floor(sample.length / 2)] ?? 0,
    });
  }
  return out.sort((a, b) => a.template.localeCompare(b.template));
}
