import { describe, expect, it } from 'vitest';
import { localePath, stripLocale } from '../../src/lib/urls.ts';
import { formatDate, byDateDesc, calendarDay, datetimeAttr, formatNumber, formatVnd } from '../../src/lib/dates.ts';
import { partialDate } from '../../src/schemas/common.ts';
import { localeFromParam, HTML_LANG } from '../../src/lib/locales.ts';
import { pick, localizedFor } from '../../src/lib/localized.ts';

describe('locale paths', () => {
  it('puts Vietnamese at the root and the others under a prefix', () => {
    expect(localePath('vi', '/policies/x/')).toBe('/policies/x/');
    expect(localePath('zh', '/policies/x/')).toBe('/zh/policies/x/');
    expect(localePath('en', '/')).toBe('/en/');
  });
  it('strips the prefix back', () => {
    expect(stripLocale('/zh/policies/x/')).toEqual({ locale: 'zh', path: '/policies/x/' });
    expect(stripLocale('/en')).toEqual({ locale: 'en', path: '/' });
    expect(stripLocale('/events/')).toEqual({ locale: 'vi', path: '/events/' });
    expect(stripLocale('/english/')).toEqual({ locale: 'vi', path: '/english/' });
  });
  it('rejects an unknown prefix and the redundant /vi/', () => {
    expect(() => localeFromParam('fr')).toThrow();
    expect(() => localeFromParam('vi')).toThrow();
    expect(localeFromParam(undefined)).toBe('vi');
  });
  it('uses exactly vi, zh-Hans and en as html lang', () => {
    expect(HTML_LANG).toEqual({ vi: 'vi', zh: 'zh-Hans', en: 'en' });
  });
});

describe('dates', () => {
  it('formats calendar days in each language without shifting the day', () => {
    expect(formatDate('2025-04-17', 'vi')).toBe('17/04/2025');
    expect(formatDate('2020-11-05', 'vi')).toBe('05/11/2020');
    expect(formatDate('2025-04-17', 'zh')).toBe('2025年4月17日');
    expect(formatDate('2025-01-01', 'en')).toBe('1 January 2025');
  });
  it('shows a month-only date as a month and an uncertain day as uncertain, never inventing a day', () => {
    expect(formatDate('2026-03', 'vi')).toBe('tháng 03/2026');
    expect(formatDate('2026-03', 'zh')).toBe('2026年3月');
    expect(formatDate('2026-03', 'en')).toBe('March 2026');
    expect(formatDate('2025-04-17?', 'vi')).toBe('17/04/2025 (ngày chưa chắc chắn)');
    expect(formatDate('2025-04-17?', 'zh')).toBe('2025年4月17日（日期待核实）');
    expect(formatDate('2025-04-17?', 'en')).toBe('17 April 2025 (day uncertain)');
    expect(calendarDay('2026-03')).toBe('2026-03-01');
    expect(calendarDay('2025-04-17?')).toBe('2025-04-17');
    expect(datetimeAttr('2025-04-17?')).toBe('2025-04-17');
    expect(() => formatDate('17/4/2025', 'vi')).toThrow(/not a date/);
  });
  it('accepts the three precisions in content and refuses impossible dates', () => {
    for (const ok of ['2026-03', '2025-04-17', '2025-04-17?']) expect(partialDate.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['2026-13', '2025-02-30', '2025-4-17', '2025-04-?', '2025']) expect(partialDate.safeParse(bad).success, bad).toBe(false);
  });
  it('writes Vietnamese numbers with a decimal comma', () => {
    expect(formatNumber(79.8, 'vi', { minimumFractionDigits: 2 })).toBe('79,80');
    expect(formatNumber(400000, 'vi')).toBe('400.000');
    expect(formatNumber(79.8, 'zh', { minimumFractionDigits: 2 })).toBe('79.80');
  });
  it('sorts newest first with a stable tie-break', () => {
    const rows = [
      { d: '2024-01-01', k: 'b' },
      { d: '2025-01-01', k: 'z' },
      { d: '2024-01-01', k: 'a' },
    ];
    expect(rows.sort(byDateDesc((r) => r.d, (r) => r.k)).map((r) => r.k)).toEqual(['z', 'a', 'b']);
  });
});

describe('localized text', () => {
  it('falls back to Vietnamese and says so', () => {
    expect(pick({ vi: 'Xin chào', en: 'Hello' }, 'zh')).toEqual({ text: 'Xin chào', fallback: true });
    expect(pick({ vi: 'Xin chào', en: 'Hello' }, 'en')).toEqual({ text: 'Hello', fallback: false });
    expect(pick({ vi: 'Xin chào' }, 'vi')).toEqual({ text: 'Xin chào', fallback: false });
  });
  it('gives the lang attribute a fallback needs, treating null as missing', () => {
    expect(localizedFor('zh')({ vi: 'Xin chào', zh: null })).toEqual({ text: 'Xin chào', lang: 'vi' });
    expect(localizedFor('zh')({ vi: 'Xin chào', zh: '你好' })).toEqual({ text: '你好', lang: undefined });
    expect(localizedFor('vi')({ vi: 'Xin chào' })).toEqual({ text: 'Xin chào', lang: undefined });
  });
});

describe('prices', () => {
  it('writes dong as each language does in running text', () => {
    expect(formatVnd(400000, 'vi')).toBe('400.000 đồng');
    expect(formatVnd(400000, 'zh')).toBe('400,000越南盾');
    expect(formatVnd(400000, 'en')).toBe('VND 400,000');
  });
});
