/**
 * The DDCI dashboard as a reader meets it in Chromium, in each language: figures where the
 * plans put them, charts with text alternatives and data tables, changes told by sign,
 * colour and words, every task with its status, no script, and nothing wider than a phone.
 * Set SCREENSHOT_DIR to keep a picture of each page at 375 px and 1280 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import Ajv2020 from 'ajv/dist/2020.js';
import { launch, watchedPage } from '../../scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/server.ts';
import { DIST } from '../../scripts/lib/dist.ts';

const PREFIX = { vi: '', zh: '/zh', en: '/en' } as const;
const HTML_LANG = { vi: 'vi', zh: 'zh-Hans', en: 'en' } as const;
const WORD = {
  up: { vi: 'tăng', zh: '上升', en: 'up' },
  down: { vi: 'giảm', zh: '下降', en: 'down' },
} as const;
const SHOTS = process.env.SCREENSHOT_DIR;

let server: StaticServer;
let browser: Browser;
let phone: BrowserContext;
let desktop: BrowserContext;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
  phone = await browser.newContext({ viewport: { width: 375, height: 740 } });
  desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(ctx: BrowserContext, url: string) {
  const w = await watchedPage(ctx, server.origin);
  const scripts: string[] = [];
  w.page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  const res = await w.page.goto(server.origin + url);
  expect(res?.status(), url).toBe(200);
  return { ...w, scripts };
}

/** Every chart is an SVG image named by its own title and description, inside a figure with a caption, a summary and a table. */
async function checkCharts(page: Page, url: string): Promise<number> {
  const figures = page.locator('figure.ddci-figure');
  const n = await figures.count();
  expect(await page.locator('svg.ddci-chart').count(), `${url}: every chart sits in a figure`).toBe(n);
  for (let i = 0; i < n; i++) {
    const fig = figures.nth(i);
    const svg = fig.locator('svg.ddci-chart');
    expect(await svg.count(), url).toBe(1);
    expect(await svg.getAttribute('role'), url).toBe('img');
    const ids = (await svg.getAttribute('aria-labelledby'))!.split(' ');
    for (const id of ids) expect((await page.locator(`[id="${id}"]`).textContent())?.trim(), `${url} #${id}`).toBeTruthy();
    expect((await fig.locator('figcaption').textContent())?.trim(), url).toBeTruthy();
    expect((await fig.locator('.summary').textContent())?.trim().length, url).toBeGreaterThan(20);
    expect(await fig.locator('table tbody tr').count(), url).toBeGreaterThan(0);
  }
  return n;
}

describe.each(['vi', 'zh', 'en'] as const)('DDCI dashboard in %s', (locale) => {
  const p = PREFIX[locale];

  it('overview: where the department stands, every indicator with its change, no script', async () => {
    const { page, errors, foreign, scripts } = await open(phone, `${p}/ddci/`);
    expect(await page.getAttribute('html', 'lang')).toBe(HTML_LANG[locale]);
    expect(await page.locator('h1').count()).toBe(1);
    const glance = page.locator('.ddci-glance');
    expect(await glance.textContent()).toMatch(/79[.,]80/);
    expect(await glance.textContent()).toMatch(/18\D+19/);
    expect(await glance.locator('.ddci-change.down').textContent()).toContain('−0');
    expect(await glance.locator('.ddci-change.down').textContent()).toContain(WORD.down[locale]);

    expect(await checkCharts(page, `${p}/ddci/`)).toBe(2);
    const table = page.locator('#indicators-h ~ figure table');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(11);
    // Informal costs went up 1.25, time costs down 1.08: sign, colour class and word together.
    const up = rows.filter({ has: page.locator('a[href$="/ddci/indicators/2025-chi-phi-khong-chinh-thuc/"]') }).locator('.ddci-change');
    expect(await up.getAttribute('class')).toContain('up');
    expect(await up.textContent()).toMatch(new RegExp(`\\+1[.,]25.*${WORD.up[locale]}`));
    const down = rows.filter({ has: page.locator('a[href$="/ddci/indicators/2025-chi-phi-thoi-gian/"]') }).locator('.ddci-change');
    expect(await down.getAttribute('class')).toContain('down');
    expect(await down.textContent()).toMatch(new RegExp(`−1[.,]08.*${WORD.down[locale]}`));
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.ddci-change.up')!).color)).not.toBe(
      await page.evaluate(() => getComputedStyle(document.querySelector('.ddci-change.down')!).color),
    );
    // Each row links to its task in the 2026 plan, with a status.
    expect(await table.locator('tbody .ddci-status').count()).toBe(11);
    expect(await page.locator('[data-pagefind-body] [data-pagefind-filter="type:ddci"]').count()).toBe(1);

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(scripts).toEqual([]);
    await page.close();
  });

  it('indicator page: history through the compared indicator, notes on conflicting figures, tasks', async () => {
    const url = `${p}/ddci/indicators/2025-minh-bach-du-lieu-mo/`;
    const { page, errors, scripts } = await open(phone, url);
    expect(await checkCharts(page, url)).toBe(1);
    const years = await page.locator('#history-h ~ figure table tbody th').allTextContents();
    expect(years).toEqual(['2023', '2024', '2025']);
    const notes = await page.locator('#history-h ~ ul').textContent();
    expect(notes).toContain('11');
    expect(await page.locator('article.ddci-task').count()).toBe(1);
    expect(await page.locator('article.ddci-task .ddci-status').first().textContent()).toBeTruthy();
    // The task's evidence links to the QR verification page in the reader's language.
    expect(await page.locator(`article.ddci-task a[href="${p}/v/"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    expect(scripts).toEqual([]);
    await page.close();
  });

  it('plan page: every task in order with its units and status; sample reports are flagged', async () => {
    const url = `${p}/ddci/plans/2026/`;
    const { page, errors, scripts } = await open(phone, url);
    expect(await checkCharts(page, url)).toBe(1);
    const tasks = page.locator('article.ddci-task');
    expect(await tasks.count()).toBe(11);
    expect(await tasks.evaluateAll((els) => els.map((e) => e.id))).toEqual(Array.from({ length: 11 }, (_, i) => `task-2026-${String(i + 1).padStart(2, '0')}`));
    for (let i = 0; i < 11; i++) {
      expect(await tasks.nth(i).locator('.who a[href*="/ddci/units/"]').count()).toBeGreaterThan(0);
      expect(await tasks.nth(i).locator('.ddci-status').count()).toBeGreaterThan(0);
      // Each links to the full wording on its indicator page.
      expect(await tasks.nth(i).locator(`a[href*="${p}/ddci/indicators/"][href$="#task-2026-${String(i + 1).padStart(2, '0')}"]`).count()).toBeGreaterThan(0);
    }
    expect(await page.locator('ol.updates > li:has(.badge.sample)').count()).toBeGreaterThan(0);
    // No source reports progress: the update describing this website is a sample too.
    expect(await page.locator('#task-2026-02 ol.updates > li .badge.sample').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(scripts).toEqual([]);
    await page.close();
  });

  it('unit page: every task the unit leads or supports', async () => {
    const url = `${p}/ddci/units/trung-tam-ttdvdn/`;
    const { page, errors } = await open(phone, url);
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(18);
    expect(await page.locator(`a[href="${p}/ddci/plans/2026/#task-2026-02"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 375-px screen and a desktop without horizontal scrolling', async () => {
    const urls = ['/ddci/', '/ddci/indicators/', '/ddci/indicators/2025-minh-bach-du-lieu-mo/', '/ddci/indicators/2024-ho-tro-doanh-nghiep/', '/ddci/plans/', '/ddci/plans/2026/', '/ddci/plans/2025/', '/ddci/units/', '/ddci/units/phong-htqt-vp/'];
    const wide: string[] = [];
    for (const [ctx, tag] of [[phone, '375'], [desktop, '1280']] as const) {
      const page = await ctx.newPage();
      for (const u of urls) {
        await page.goto(server.origin + p + u);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) wide.push(`${tag}px ${p}${u} overflows by ${overflow}px`);
        if (SHOTS) await page.screenshot({ path: join(SHOTS, `ddci-${tag}-${locale}${u.replaceAll('/', '_')}.png`), fullPage: true });
      }
      await page.close();
    }
    expect(wide).toEqual([]);
  });
});

describe('DDCI open data in dist', () => {
  const index = join(DIST, 'api', 'v1', 'index.json');
  const listed = existsSync(index) ? JSON.stringify(JSON.parse(readFileSync(index, 'utf8'))).includes('ddci-results') : false;

  it.skipIf(!listed)('each DDCI dataset file validates against its published schema', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const id of ['ddci-results', 'ddci-overall', 'ddci-indicators', 'ddci-tasks']) {
      const data = JSON.parse(readFileSync(join(DIST, 'api', 'v1', `${id}.json`), 'utf8'));
      const schema = JSON.parse(readFileSync(join(DIST, 'api', 'v1', 'schemas', `${id}.schema.json`), 'utf8'));
      const validate = ajv.compile(schema);
      const ok = validate(data);
      expect(ok, `${id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(data.records.length, id).toBeGreaterThan(0);
    }
  });
});
