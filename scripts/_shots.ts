import { launch } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';
const pages = process.argv.slice(2);
const server = await serveDist('dist');
const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 1 });
for (const p of pages) {
  const page = await ctx.newPage();
  await page.goto(server.origin + p);
  const name = p.replace(/\//g, '_') || 'root';
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 0; y < h && i < 8; y += 1400, i++)
    await page.screenshot({ path: `/tmp/wt15/shots/${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width: 375, height: Math.min(1400, h - y) } });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(p, 'scrollWidth', wide);
  await page.close();
}
await browser.close();
await server.close();
