import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGES, createT, getT, type MessageKey } from '../../src/lib/i18n.ts';
import { LOCALES, type Locale } from '../../src/lib/locales.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (k: string) => k.replace(PLURAL, '');
const categories = (l: Locale) => new Intl.PluralRules(l).resolvedOptions().pluralCategories;
/** Messages with a number that is not a count of something (no noun follows it). */
const NOT_A_COUNT = new Set(['pagination.title', 'verify.errLength']);

describe('UI strings', () => {
  const all = new Set(LOCALES.flatMap((l) => Object.keys(MESSAGES[l]).map(base)));
  for (const locale of LOCALES) {
    it(`${locale} has every key, none empty`, () => {
      const keys = new Set(Object.keys(MESSAGES[locale]).map(base));
      const missing = [...all].filter((k) => !keys.has(k));
      expect(missing, `keys missing in src/i18n/${locale}.json`).toEqual([]);
      const empty = Object.entries(MESSAGES[locale]).filter(([, v]) => v.trim() === '').map(([k]) => k);
      expect(empty, `empty strings in src/i18n/${locale}.json`).toEqual([]);
    });
  }
  it('keys are flat dotted names', () => {
    for (const k of all) expect(k).toMatch(/^[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)+$/);
  });
  it('translates through i18next with interpolation', () => {
    expect(getT('en')('list.count', { count: 3 })).toBe('3 entries');
    expect(getT('zh')('section.policies')).toBe('投资政策');
    expect(getT('vi')('section.faq')).toBe('Hỏi đáp');
  });
  it('falls back to Vietnamese for a string a language lacks', () => {
    const { 'section.faq': _dropped, ...en } = MESSAGES.en;
    const t = createT('en', { ...MESSAGES, en });
    expect(t('section.faq')).toBe(MESSAGES.vi['section.faq']);
    expect(t('section.policies')).toBe(MESSAGES.en['section.policies']);
  });
  it('Chinese and English strings are not copies of the Vietnamese', () => {
    const same = Object.keys(MESSAGES.vi).filter(
      (k) => !k.startsWith('lang.') && !k.startsWith('topic.ddci') && MESSAGES.vi[k] === MESSAGES.en[k] && MESSAGES.vi[k] === MESSAGES.zh[k],
    );
    expect(same).toEqual([]);
  });
});

describe('counts', () => {
  const plurals = [...new Set(LOCALES.flatMap((l) => Object.keys(MESSAGES[l]).filter((k) => PLURAL.test(k)).map(base)))].sort();

  it('there are plural keys at all', () => {
    expect(plurals).toContain('list.count');
  });

  for (const locale of LOCALES) {
    it(`${locale}: each plural key has exactly the forms Intl.PluralRules gives the language (${categories(locale).join(', ')})`, () => {
      const problems: string[] = [];
      for (const key of plurals) {
        const forms = Object.keys(MESSAGES[locale]).filter((k) => base(k) === key && PLURAL.test(k)).map((k) => k.slice(key.length + 1)).sort();
        if (forms.join() !== [...categories(locale)].sort().join()) problems.push(`${key}: has ${forms.join(', ') || 'no plural form'}`);
        if (key in MESSAGES[locale]) problems.push(`${key}: also has a form without suffix`);
      }
      expect(problems).toEqual([]);
    });

    it(`${locale}: a {{count}} is always a plural key, and plural keys use {{count}}`, () => {
      const problems = Object.entries(MESSAGES[locale]).flatMap(([k, v]) => {
        if (NOT_A_COUNT.has(k)) return [];
        if (v.includes('{{count}}') && !PLURAL.test(k)) return [`${k} says {{count}} but is not a plural key`];
        if (PLURAL.test(k) && !v.includes('{{count}}')) return [`${k} is a plural key without {{count}}`];
        return [];
      });
      expect(problems).toEqual([]);
    });
  }

  it('English says "1 entry", "2 entries": every plural key changes between one and other', () => {
    const t = getT('en');
    const same = plurals.filter((k) => t(k as MessageKey, { count: 1 }).replace('1', 'N') === t(k as MessageKey, { count: 2 }).replace('2', 'N'));
    expect(same).toEqual([]);
    expect(t('list.count', { count: 1 })).toBe('1 entry');
    expect(t('ddci.rankChange.up', { count: 1 })).toBe('up 1 place');
  });
});

describe('no dead keys', () => {
  const ROOT = join(import.meta.dirname, '..', '..');
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return sources(p);
      return /\.(ts|astro|mdx)$/.test(name) ? [readFileSync(p, 'utf8')] : [];
    });
  const code = [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'scripts'))].join('\n');
  /** Prefixes of keys built at run time: `status.${x}`, label(t, 'status', x), keysWith('status.'). */
  const dynamic = new Set([
    ...[...code.matchAll(/[`'"]([a-zA-Z.-]+\.)\$\{/g)].map((m) => m[1]!),
    ...[...code.matchAll(/label\(\w+, ['"]([a-zA-Z.-]+)['"]/g)].map((m) => `${m[1]}.`),
    ...[...code.matchAll(/keysWith\(['"]([a-zA-Z.-]+\.)['"]\)/g)].map((m) => m[1]!),
  ]);

  it('every key in vi.json is used by the code', () => {
    const unused = Object.keys(MESSAGES.vi)
      .map(base)
      .filter((k) => !code.includes(`'${k}'`) && !code.includes(`"${k}"`) && ![...dynamic].some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });
});
