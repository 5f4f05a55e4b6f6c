/**
 * Screenshots of built pages at phone width, for reviewing layout and typography by eye:
 *   npm run build && npm run screenshots -- /zh/ddci/ /en/trade-agreements/acfta/
 * Serves dist/ on loopback, opens each page in Chromium at 375 × 800 px and writes
 * screenshots/<page>-<n>.png in 1,400-px slices (a long page in one image is too small to
 * read), and prints the page's scroll width (more than 375 means sideways scrolling).
 * Set WIDTH to another viewport width, OUT to another folder.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './lib/browser.ts';
import { serveDist } from './lib/server.ts';

const pages = process.argv.slice(2);
if (pages.length === 0) {
  console.error('usage: npm run screenshots -- /zh/ddci/ [/en/… …]');
  process.exit(2);
}
const width = Number(process.env.WIDTH ?? 375);
const out = process.env.OUT ?? 'screenshots';
mkdirSync(out, { recursive: true });
const server = await serveDist('dist');
const browser = await launch();
const context = await browser.newContext({ viewport: { width, height: 800 } });
try {
  for (const p of pages) {
    const page = await context.newPage();
    await page.goto(server.origin + p);
    const name = p.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    let n = 0;
    for (let y = 0; y < height; y += 1400, n++)
      await page.screenshot({ path: join(out, `${name}-${n}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(1400, height - y) } });
    console.log(`${p}: ${n} image(s), scroll width ${await page.evaluate(() => document.documentElement.scrollWidth)} px`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
