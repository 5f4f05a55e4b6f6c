/**
 * Lighthouse (npm `lighthouse`, its default mobile profile: a mid-range phone on a slow
 * 4G connection, simulated) against Debian's Chromium, one page per template of the real
 * site served on loopback as nginx would (scripts/bench/serve.ts). Prints the four
 * category scores and LCP, CLS and TBT.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export interface LighthouseRow {
  url: string;
  template: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

const CHROME = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function runLighthouse(origin: string, pages: { url: string; template: string }[], log: (s: string) => void): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const rows: LighthouseRow[] = [];
  try {
    // A first run warms Chromium up (its start-up work would be blamed on the first page).
    if (pages[0]) await lighthouse(origin + pages[0].url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    for (const p of pages) {
      const result = await lighthouse(origin + p.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${p.url}`);
      const { categories: c, audits: a } = result.lhr;
      const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
      const row: LighthouseRow = {
        url: p.url,
        template: p.template,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(a['largest-contentful-paint']?.numericValue ?? NaN),
        cls: Number((a['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        tbtMs: Math.round(a['total-blocking-time']?.numericValue ?? NaN),
      };
      // Say why a category lost points, so a poor figure can be traced to its cause.
      const failed = Object.values(a)
        .filter((x) => x.score !== null && x.score < 0.9 && x.scoreDisplayMode !== 'informative' && x.scoreDisplayMode !== 'notApplicable' && x.scoreDisplayMode !== 'manual')
        .map((x) => x.id);
      log(`  ${p.url.padEnd(48)} perf ${row.performance} a11y ${row.accessibility} bp ${row.bestPractices} seo ${row.seo}  LCP ${row.lcpMs} ms  CLS ${row.cls}  TBT ${row.tbtMs} ms${failed.length ? `  [below 0.9: ${failed.slice(0, 6).join(', ')}]` : ''}`);
      rows.push(row);
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}
