/**
 * The DDCI pages state no more than the sources: progress summaries count only the
 * Department's own reports and name the samples they leave out, and the footer's "last
 * updated" is never older than the newest report shown on the page.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { distFiles, readDist } from '../../scripts/lib/dist.ts';
import { stripRawText } from '../helpers/html.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('DDCI progress summaries', () => {
  it.each([
    ['/ddci/plans/2026/', 'Chưa có báo cáo: 11', 'không tính 7 báo cáo ví dụ'],
    ['/zh/ddci/plans/2026/', '尚无报告：11', '7条示例报告不计入'],
    ['/en/ddci/plans/2026/', 'No report yet: 11', '7 sample reports are not'],
  ])('%s: no task counted as progressing on sample reports, and the samples named', (page, counted, samples) => {
    const summary = /<p class="summary">([^<]*)<\/p>/.exec(readDist(page))?.[1] ?? '';
    expect(summary).toContain(counted);
    expect(summary).toContain(samples);
  });

  it('the overview says how many tasks have a report from the Department (none yet)', () => {
    expect(text(readDist('/en/ddci/'))).toContain('11 tasks, 0 with a progress report from the Department.');
  });
});

/** Newest progress report in the content, sample or not: all of them are shown. */
const newestReport = readdirSync('content/ddci/tasks')
  .flatMap((f) => (parse(readFileSync(join('content/ddci/tasks', f), 'utf8')).updates ?? []).map((u: { date: string }) => String(u.date)))
  .sort()
  .at(-1)!;

describe('footer date', () => {
  it.each(['/ddci/', '/zh/ddci/', '/en/ddci/'])('%s: "last updated" is not older than the newest DDCI progress report', (page) => {
    const footer = readDist(page).split('<footer')[1]!;
    expect(/<time datetime="([\d-]+)"/.exec(footer)?.[1]! >= newestReport).toBe(true);
  });

  it.each(['/zh/ddci/plans/2026/', '/en/ddci/plans/2026/'])('%s: "last updated" is not older than any date on the page', (page) => {
    const html = readDist(page);
    const footer = html.slice(html.indexOf('<footer'));
    const updated = /<time datetime="([\d-]+)"/.exec(footer)?.[1];
    const shown = [...html.slice(0, html.indexOf('<footer')).matchAll(/<time datetime="([\d-]+)"/g)].map((m) => m[1]!);
    expect(shown.length).toBeGreaterThan(0);
    for (const d of shown) expect(updated! >= d, `${d} shown, footer says ${updated}`).toBe(true);
  });
});

describe('templates', () => {
  it('leave no unrendered expression in any page', () => {
    const bad = distFiles('.html').filter((p) => /\{t\(|\$\{/.test(text(stripRawText(readDist(p)))));
    expect(bad).toEqual([]);
  });
});
