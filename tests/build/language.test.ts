/**
 * What native readers checked, made mechanical over the built site: Vietnamese dates and
 * decimal commas, one Chinese name for the department, full-width punctuation after Chinese
 * text, country names instead of ISO codes, and the DDCI facts recovered from the plans
 * (with dates only as precise as the sources) in the open data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles, readDist } from '../../scripts/lib/dist.ts';
import { decodeEntities, stripRawText } from '../helpers/html.ts';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose text is not prose in the page's language. */
const NOT_PROSE = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'template']);

/**
 * The text a reader sees as prose of the page's language: code and elements marked with
 * another `lang` (a Vietnamese fallback, a quoted OCR reading) are left out.
 */
export function proseText(html: string, pageLang: 'vi' | 'zh' | 'en', documentLang: 'vi' | 'zh' | 'en' = pageLang): string {
  const out: string[] = [];
  const stack: { name: string; skip: boolean }[] = [];
  const rootSkip = documentLang !== pageLang;
  for (const m of stripRawText(html).matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      if (!(stack.at(-1)?.skip ?? rootSkip)) out.push(decodeEntities(m[4]));
      continue;
    }
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      const i = stack.map((s) => s.name).lastIndexOf(name);
      if (i >= 0) stack.length = i;
      out.push(' ');
      continue;
    }
    if (VOID.has(name) || m[3]!.trim().endsWith('/')) continue;
    const lang = /\blang="([^"]+)"/.exec(m[3]!)?.[1];
    const inherited = stack.at(-1)?.skip ?? rootSkip;
    const skip = NOT_PROSE.has(name) || (lang !== undefined ? !lang.startsWith(pageLang) : inherited);
    stack.push({ name, skip });
  }
  return out.join('').replace(/\s+/g, ' ');
}

const pages = distFiles('index.html');
const byLang = {
  vi: pages.filter((p) => !p.startsWith('/zh/') && !p.startsWith('/en/')),
  zh: pages.filter((p) => p.startsWith('/zh/')),
  en: pages.filter((p) => p.startsWith('/en/')),
};
const around = (s: string, i: number) => s.slice(Math.max(0, i - 30), i + 30);
function findAll(lang: 'vi' | 'zh' | 'en', re: RegExp, allow: (m: RegExpMatchArray, text: string) => boolean = () => false, on: 'vi' | 'zh' | 'en' = lang): string[] {
  const found: string[] = [];
  for (const p of byLang[on]) {
    const text = proseText(readDist(p), lang, on);
    for (const m of text.matchAll(re)) if (!allow(m, text)) found.push(`${p}: …${around(text, m.index!)}…`);
  }
  return found;
}

describe('the prose extractor', () => {
  it('keeps prose, drops code and text in another language', () => {
    const html = '<p>Điểm <b>79,80</b><code>79.80</code> <span lang="zh-Hans">谅山</span> <img src="x"> hết</p>';
    expect(proseText(html, 'vi')).toBe('Điểm 79,80 hết ');
    expect(proseText('<p lang="vi">a.b: c</p><p>中文：</p>', 'zh')).toBe(' 中文： ');
    expect(proseText('<p>Việt: <span lang="zh-Hans">中文（1）</span></p>', 'zh', 'vi')).toBe('中文（1） ');
  });
});

describe('Vietnamese pages', () => {
  it('write dates dd/mm/yyyy (or a month as tháng mm/yyyy), never Intl\'s "15 tháng 11, 2020"', () => {
    expect(findAll('vi', /\d{1,2} tháng \d{1,2},? \d{4}/g)).toEqual([]);
    const bad: string[] = [];
    let seen = 0;
    for (const p of byLang.vi)
      for (const m of readDist(p).matchAll(/<time\b[^>]*>([^<]*)<\/time>/g)) {
        seen++;
        if (!/^(\d{2}\/\d{2}\/\d{4}( \(ngày chưa chắc chắn\))?|tháng \d{2}\/\d{4})$/.test(m[1]!)) bad.push(`${p}: ${m[1]}`);
      }
    expect(seen).toBeGreaterThan(50);
    expect(bad).toEqual([]);
  });

  it('write decimal commas in prose (79,80), not decimal points', () => {
    // Version numbers of standards are names, not quantities: "CC BY 4.0", "OpenAPI 3.1", "DCAT-AP 3.0.1".
    const named = /(CC BY|OpenAPI|DCAT-AP|Creative Commons Ghi công) $/;
    expect(findAll('vi', /(?<![\d.,/])\d+\.\d{1,2}(?![\d.])/g, (m, text) => named.test(text.slice(Math.max(0, m.index! - 30), m.index)))).toEqual([]);
    expect(proseText(readDist('/ddci/'), 'vi')).toContain('79,80');
  });

  it('show the plan issued in a known month only as that month', () => {
    const page = proseText(readDist('/ddci/plans/2026/'), 'vi');
    expect(page).toContain('tháng 03/2026');
    expect(page).not.toMatch(/01\/03\/2026/);
  });
});

describe('Chinese', () => {
  it('names the department 谅山省外务厅 (本厅), never 外事厅, anywhere in the site or its data', () => {
    // The glossary names 外事厅 as the form to avoid, on purpose.
    // The register log is append-only and hash-chained: its early events quote reasons as they were
    // written then, and rewriting them would break the chain (the records themselves are corrected).
    const bad = distFiles().filter((f) => f !== '/api/v1/register-log.json' && !/glossary|pagefind/.test(f) && /\.(html|json|jsonld|csv|xml|ics|txt)$/.test(f) && readFileSync(join(DIST, f), 'utf8').includes('外事厅'));
    expect(bad).toEqual([]);
    for (const p of byLang.zh) expect(readDist(p), p).toContain('谅山省外务厅');
  });

  it('uses full-width punctuation after Chinese text', () => {
    const HAN = '[\\u4e00-\\u9fff]';
    const re = new RegExp(`${HAN}(?:[:;,!?]|\\.(?![\\w.])|\\s?\\()|${HAN}"|"${HAN}`, 'g');
    // Chinese pages, and Chinese passages marked lang="zh-Hans" on the other pages (verification shows all three).
    for (const on of ['zh', 'vi', 'en'] as const) expect(findAll('zh', re, undefined, on), on).toEqual([]);
  });
});

describe('countries', () => {
  it('are named in the reader\'s language, not listed as ISO codes', () => {
    const codes = /\b[A-Z]{2}(?:, ?[A-Z]{2}){2,}\b/g;
    for (const lang of ['vi', 'zh', 'en'] as const) expect(findAll(lang, codes), lang).toEqual([]);
    expect(proseText(readDist('/zh/trade-agreements/rcep/'), 'zh')).toContain('澳大利亚');
    expect(proseText(readDist('/trade-agreements/rcep/'), 'vi')).toContain('Trung Quốc');
    expect(proseText(readDist('/en/trade-agreements/evfta/'), 'en')).toContain('European Union');
  });
});

describe('DDCI facts in the open data', () => {
  const json = (p: string) => JSON.parse(readDist(p));
  it('records the two 2023 values the 2025 plan states indirectly', () => {
    const support = json('/api/v1/ddci-results.json').records.find((r: any) => r.year === 2023 && r.indicator === '2024-ho-tro-doanh-nghiep');
    expect(support).toMatchObject({ score: 5.39, rank: 25 });
    expect(support.note.en).toContain('7.96 − 2.57 = 5.39');
    const overall = json('/api/v1/ddci-overall.json').records.find((r: any) => r.year === 2023);
    expect(overall).toMatchObject({ score: null, rank: 15, rankOf: 25 });
    // …so the stated rise of 4 places in 2024 is now checked against a real rank.
    expect(json('/api/v1/ddci-overall.json').records.find((r: any) => r.year === 2024)).toMatchObject({ rank: 11, statedRankChange: 4 });
  });

  it('keeps issue dates as precise as the plans: the month only, no invented day', () => {
    const docs = json('/api/v1/documents.json').records;
    expect(docs.find((r: any) => r.id === 'kh-ddci-2026').issued).toBe('2026-03');
    expect(docs.find((r: any) => r.id === 'kh-ddci-2025').issued).toBe('2025-04');
    const csv = readDist('/api/v1/documents.csv');
    expect(csv).toMatch(/kh-ddci-2026[^\n]*,2026-03,/);
  });
});
