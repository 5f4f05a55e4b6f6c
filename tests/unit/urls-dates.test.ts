import { describe, expect, it } from 'vitest';
import { localePath, stripLocale } from '../../src/lib/urls.ts';
import { formatDate, byDateDesc } from '../../src/lib/dates.ts';
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
    expect(formatDate('2025-04-17', 'vi')).toMatch(/17/);
    expect(formatDate('2025-04-17', 'zh')).toBe('2025年4月17日');
    expect(formatDate('2025-01-01', 'en')).toBe('1 January 2025');
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
