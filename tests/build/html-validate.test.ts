/**
 * Every page in dist/ is valid HTML by html-validate, with the rules in .htmlvalidate.json:
 * the "recommended" preset (HTML5 content model, accessibility, no inline style, no
 * deprecated markup) plus the "document" preset (doctype, heading order, every input
 * labelled, every id reference resolves). Three choices differ from the presets:
 *
 * - long-title off: a page title is the official name of a policy or document, often a
 *   long Vietnamese sentence; cutting it to the SEO-minded 70 characters would misname it.
 * - valid-id relaxed: HTML5 allows any id without spaces, and MDX heading ids made from
 *   Chinese headings start with a digit ("2026年…"); the relaxed rule still rejects
 *   empty ids and whitespace.
 * - require-sri only for cross-origin resources: our own hashed /_astro/ files come from
 *   the same origin as the page, which SRI would not protect any further (and any
 *   cross-origin resource is a failure of tests/e2e/security.test.ts anyway).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { readDist } from '../../scripts/lib/dist.ts';
import { sitePages } from '../helpers/pages.ts';

const CONFIG = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '.htmlvalidate.json'), 'utf8')) as ConfigData;

describe('valid HTML', () => {
  const pages = sitePages();

  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('every page passes html-validate', async () => {
    const validator = new HtmlValidate(CONFIG);
    // The same fault repeats on every page that shares a component: group by rule and
    // message, and name the first pages (with line:column) where it occurs.
    const byFault = new Map<string, string[]>();
    for (const p of pages) {
      const report = await validator.validateString(readDist(p.file), p.file);
      for (const r of report.results)
        for (const m of r.messages) {
          const key = `${m.ruleId}: ${m.message}`;
          byFault.set(key, [...(byFault.get(key) ?? []), `${p.file}:${m.line}:${m.column}`]);
        }
    }
    const problems = [...byFault].map(([fault, at]) => `${fault} — ${at.length}× at ${at.slice(0, 3).join(', ')}${at.length > 3 ? ', …' : ''}`);
    expect(problems).toEqual([]);
  });

  it('the validator is live: it rejects a page with a known fault', async () => {
    const validator = new HtmlValidate(CONFIG);
    const bad = '<!doctype html><html lang="vi"><head><title>x</title></head><body><h1>x</h1><img src="/a.png"><p style="color:red">y</p></body></html>';
    const rules = (await validator.validateString(bad, 'bad.html')).results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['wcag/h37', 'no-inline-style']));
  });
});
