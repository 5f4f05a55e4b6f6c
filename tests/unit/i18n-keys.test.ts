import { describe, expect, it } from 'vitest';
import { MESSAGES, getT } from '../../src/lib/i18n.ts';
import { LOCALES } from '../../src/lib/locales.ts';

describe('UI strings', () => {
  const all = new Set(LOCALES.flatMap((l) => Object.keys(MESSAGES[l])));
  for (const locale of LOCALES) {
    it(`${locale} has every key, none empty`, () => {
      const missing = [...all].filter((k) => !(k in MESSAGES[locale]));
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
  it('Chinese and English strings are not copies of the Vietnamese', () => {
    const same = Object.keys(MESSAGES.vi).filter(
      (k) => !k.startsWith('lang.') && !k.startsWith('topic.ddci') && MESSAGES.vi[k] === MESSAGES.en[k] && MESSAGES.vi[k] === MESSAGES.zh[k],
    );
    expect(same).toEqual([]);
  });
});
