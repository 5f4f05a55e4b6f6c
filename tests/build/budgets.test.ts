/**
 * Page weight, checked on dist/ (sizes, not timings, so the test cannot flake):
 *
 * - No JavaScript on content pages. Only the pages that do real work may load a script:
 *   search (Pagefind), document verification (the in-browser file check, and typing a
 *   code on /v/) and feedback (the form). JSON-LD data blocks are data, not script.
 * - Every script that does load is a bundled module (`type="module"`), which Astro hashes
 *   into the CSP; an inline classic script would be blocked by it anyway.
 * - For the largest page of every template, the gzipped HTML (CSS is inlined into it, see
 *   astro.config.mjs) plus any stylesheet it links stays within the budget: 14 KB, what
 *   a new TCP connection delivers in its first round trip (10 segments of ~1.4 KB), so a
 *   phone on a weak border-area connection can render the page after that one round trip.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, readDist } from '../../scripts/lib/dist.ts';
import { tags } from '../helpers/html.ts';
import { gzipBytes, sitePages, type SitePage } from '../helpers/pages.ts';
import { pageAssets } from '../../src/lib/page-templates.ts';

/** Templates (src/lib/page-templates.ts keys) that may load a script, and why. */
const SCRIPT_TEMPLATES: Record<string, string> = {
  '/search/': 'Pagefind search',
  '/v/': 'typing a code from a damaged QR',
  '/v/:code/': 'checking a received file against the register (SHA-256 in the browser)',
  '/feedback/': 'the feedback form',
};

/** Gzip bytes of HTML + CSS allowed for the largest page of a template. */
const DEFAULT_BUDGET = 14 * 1024;
/**
 * Templates measured above the default, with the reason. Each figure is the measured
 * size rounded up with a little headroom; raising one needs a reason here.
 */
const BUDGETS: Record<string, number> = {
  // One reference page listing every term with its forms in three languages and a
  // definition: 15,293 B with 43 terms. A phone reader jumps to an anchor from search; the
  // page should be split by letter or topic when it passes this figure.
  '/glossary/': 17 * 1024,
};

const pages = sitePages();

function executableScripts(html: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  for (const { name, attrs } of tags(html)) {
    if (name !== 'script') continue;
    const type = (attrs.get('type') ?? '').toLowerCase();
    if (type === 'application/ld+json' || type === 'application/json') continue;
    out.push(attrs);
  }
  return out;
}

describe('no JavaScript on content pages', () => {
  it('only search, verification and feedback pages carry a script', () => {
    const offenders = pages
      .filter((p) => !(p.template in SCRIPT_TEMPLATES) && executableScripts(readDist(p.file)).length > 0)
      .map((p) => `${p.url} (template ${p.template})`);
    expect(offenders).toEqual([]);
  });

  it('every script that does load is a bundled module', () => {
    const bad: string[] = [];
    for (const p of pages) {
      for (const attrs of executableScripts(readDist(p.file))) {
        if (attrs.get('type') !== 'module') bad.push(`${p.url}: <script ${[...attrs].map(([k, v]) => `${k}="${v}"`).join(' ')}>`);
      }
    }
    expect(bad).toEqual([]);
  });
});

interface Weight {
  page: SitePage;
  html: number;
  css: number;
}

function weigh(page: SitePage): Weight {
  const html = readDist(page.file);
  const css = pageAssets(html).css.reduce((sum, href) => sum + gzipBytes(readFileSync(join(DIST, href))), 0);
  // Inline <style> elements are part of the HTML and counted there.
  return { page, html: gzipBytes(html), css };
}

describe('gzip budget per template (HTML + CSS)', () => {
  const largest = new Map<string, SitePage>();
  for (const p of pages) {
    const cur = largest.get(p.template);
    if (!cur || p.bytes > cur.bytes) largest.set(p.template, p);
  }
  const weights = [...largest.values()].map(weigh).sort((a, b) => a.page.template.localeCompare(b.page.template));

  it('covers every template in dist/', () => {
    expect(weights.length).toBeGreaterThanOrEqual(10);
    console.log(
      ['template'.padEnd(34) + 'page'.padEnd(58) + 'html  css  total (gzip bytes)']
        .concat(weights.map((w) => `${w.page.template.padEnd(34)}${w.page.url.slice(0, 56).padEnd(58)}${String(w.html).padStart(5)} ${String(w.css).padStart(5)} ${String(w.html + w.css).padStart(6)}`))
        .join('\n'),
    );
  });

  it('the largest page of each template fits its budget', () => {
    const over = weights
      .map((w) => ({ w, budget: BUDGETS[w.page.template] ?? DEFAULT_BUDGET }))
      .filter(({ w, budget }) => w.html + w.css > budget)
      .map(({ w, budget }) => `${w.page.url} (${w.page.template}): ${w.html} B HTML + ${w.css} B CSS = ${w.html + w.css} B gzip > ${budget} B`);
    expect(over).toEqual([]);
  });

  it('every override is still needed (remove budgets that the template now fits in 14 KB)', () => {
    const stale = Object.keys(BUDGETS).filter((t) => {
      const w = weights.find((x) => x.page.template === t);
      return w && w.html + w.css <= DEFAULT_BUDGET;
    });
    expect(stale).toEqual([]);
  });
});
