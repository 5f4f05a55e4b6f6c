/**
 * The glossary and best bets are checked like every collection (schema: file, line, field),
 * plus what only the whole set can tell: a form claimed by two terms, a form both used and
 * avoided, a one-letter form, a best bet pointing nowhere.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/node/content-check/check.ts';
import { copyFixture } from '../helpers/fixture.ts';

let fx: ReturnType<typeof copyFixture>;
afterEach(() => fx?.cleanup());

const term = (vi: string, zh: string, en: string, extra = '') =>
  `term:\n  vi: ${vi}\n  zh: ${zh}\n  en: ${en}\n${extra}definition:\n  vi: Giải thích.\n  zh: 解释。\n  en: Definition.\n`;

function check(files: Record<string, string>) {
  fx = copyFixture();
  mkdirSync(join(fx.root, 'glossary'), { recursive: true });
  mkdirSync(join(fx.root, 'best-bets'), { recursive: true });
  for (const [f, text] of Object.entries(files)) fx.write(f, text);
  return checkContent(fx.root).problems;
}

describe('glossary and best bets in the content check', () => {
  it('valid entries pass, and are read as their collections', () => {
    expect(
      check({
        'glossary/visa.yaml': term('Thị thực', '签证', 'Visa', 'variants:\n  en: [visas]\nsee: [faq/hoi-a]\n'),
        'best-bets/lien-he.yaml': 'target: contact\nqueries:\n  vi: [đường dây nóng]\n  en: [hotline]\n',
        'best-bets/cau-hoi.yaml': 'target: faq/hoi-a\nqueries:\n  vi: [câu hỏi]\n  zh: [问题]\n',
      }),
    ).toEqual([]);
  });

  it('a missing language of the term names the file, line and field', () => {
    const p = check({ 'glossary/visa.yaml': term('Thị thực', '签证', 'Visa').replace('  zh: 签证\n', '') });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'glossary/visa.yaml', field: 'term.zh' });
  });

  it('a form that belongs to two terms is reported on the second, with the first named', () => {
    const p = check({
      'glossary/a-visa.yaml': term('Thị thực', '签证', 'Visa'),
      'glossary/b-entry.yaml': term('Nhập cảnh', '入境', 'Entry', 'variants:\n  vi: [thị thực]\n'),
    });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'glossary/b-entry.yaml', field: 'variants.vi.0', line: 6 });
    expect(p[0]!.en).toContain('"a-visa"');
    expect(p[0]!.vi).toContain('"a-visa"');
  });

  it('one-letter forms and a preferred term also listed to avoid are refused', () => {
    const p = check({ 'glossary/form-e.yaml': term('Mẫu E', 'E表', 'Form E', 'abbreviations: [E]\navoid:\n  en: [Form E]\n') });
    expect(p.map((x) => x.field).sort()).toEqual(['abbreviations.0', 'avoid.en.0']);
  });

  it('an avoided spelling may differ from the term only in case or diacritics, and may be a variant people type', () => {
    const p = check({ 'glossary/form-e.yaml': term('Mẫu E', 'E表', 'Form E', 'variants:\n  en: [form e certificate]\navoid:\n  en: [form e, form e certificate]\n') });
    expect(p).toEqual([]);
  });

  it('a glossary link or best bet to a missing page names it', () => {
    const p = check({
      'glossary/visa.yaml': term('Thị thực', '签证', 'Visa', 'see: [faq/khong-co]\n'),
      'best-bets/x.yaml': 'target: policies/khong-co\nqueries:\n  vi: [abc]\n',
      'best-bets/y.yaml': 'target: nowhere\nqueries:\n  vi: [abc]\n',
    });
    expect(p.map((x) => `${x.file} ${x.field}`).sort()).toEqual(['best-bets/x.yaml target', 'best-bets/y.yaml target', 'glossary/visa.yaml see.0']);
  });
});
