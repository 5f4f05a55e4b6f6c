/**
 * Measures the in-browser file check on a built site: how long a large file takes to be
 * hashed and reported, and how long the main thread is blocked meanwhile (long tasks), with
 * the worker and with the main-thread fallback, at normal speed and with the CPU slowed
 * down 4× (a mid-range phone). Prints figures; asserts nothing.
 *
 *   npm run bench:file-check      (after a build; DIST_DIR, SIZE_MB=50, RUNS=3, DEBUG=1)
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './lib/browser.ts';
import { serveDist } from './lib/server.ts';
import { DIST } from './lib/dist.ts';
import { readRouteManifest } from '../src/node/route-manifest.ts';

const SIZE_MB = Number(process.env.SIZE_MB ?? 50);
const RUNS = Number(process.env.RUNS ?? 3);

const dir = mkdtempSync(join(tmpdir(), 'sngv-bench-'));
const file = join(dir, `received-${SIZE_MB}mb.pdf`);
const fd = openSync(file, 'w');
const chunk = Buffer.alloc(1 << 20);
for (let i = 0; i < SIZE_MB; i++) writeSync(fd, chunk.fill(i & 255));
closeSync(fd);

const server = await serveDist();
const browser = await launch();
try {
  // The first verification page that has a file input.
  let url: string | undefined;
  {
    const p = await browser.newPage();
    for (const page of readRouteManifest(DIST).filter((x) => x.kind === 'verify' && x.locale === 'vi')) {
      await p.goto(server.origin + page.url);
      if ((await p.locator('input[type=file]').count()) > 0) {
        url = server.origin + page.url;
        break;
      }
    }
    await p.close();
  }
  if (!url) throw new Error('no verification page with a file check in dist/');
  console.log(`file check on ${url} with a ${SIZE_MB}-MB file, ${RUNS} runs each`);
  console.log('mode          cpu  time to verdict (ms, median)  longest main-thread task (ms, max)');
  for (const mode of ['worker', 'main thread'] as const) {
    for (const rate of [1, 4]) {
      const times: number[] = [];
      let longest = 0;
      for (let r = 0; r < RUNS; r++) {
        const ctx = await browser.newContext();
        const p = await ctx.newPage();
        await p.addInitScript((noWorker: boolean) => {
          const w = window as unknown as { __long: number[]; Worker?: unknown };
          w.__long = [];
          new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
          // Forces the fallback path of file-check.ts.
          if (noWorker) w.Worker = undefined;
          // Time from the file being chosen to the verdict being written, measured in the page.
          const m = window as unknown as { __t0: number; __t1: number };
          document.addEventListener('change', () => (m.__t0 = performance.now()), true);
          new MutationObserver(() => {
            if (document.querySelector('[data-fc-result][data-outcome]') && !m.__t1) m.__t1 = performance.now();
          }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-outcome'] });
        }, mode === 'main thread');
        const cdp = await ctx.newCDPSession(p);
        await p.goto(url);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await p.evaluate(() => ((window as unknown as { __long: number[] }).__long.length = 0));
        await p.locator('input[type=file]').setInputFiles(file);
        await p.waitForSelector('[data-fc-result][data-outcome]', { timeout: 120_000 });
        times.push(Math.round(await p.evaluate(() => { const m = window as unknown as { __t0: number; __t1: number }; return m.__t1 - m.__t0; })));
        const long = await p.evaluate(() => (window as unknown as { __long: number[] }).__long);
        if (process.env.DEBUG) console.log(mode, rate, times.at(-1), long.map(Math.round));
        longest = Math.max(longest, ...long, 0);
        await ctx.close();
      }
      times.sort((a, b) => a - b);
      console.log(`${mode.padEnd(12)}  ${rate}×   ${String(times[Math.floor(times.length / 2)]).padStart(6)}                        ${Math.round(longest)}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
