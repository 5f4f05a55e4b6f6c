/**
 * Glossary synonyms: how forms are normalized and found in text and queries, the tokens
 * that stand for terms, and what a page's index copy gains from them.
 */
import { describe, expect, it } from 'vitest';
import { compileForms, countTerms, matchTerms, MAX_TOKEN_REPEATS, normalizeText, synonymTerm, synonymWords, termToken } from '../../src/lib/search-synonyms.ts';
import { prepareForIndex, BET_WEIGHT, TITLE_TERM_WEIGHT, type IndexContext } from '../../src/lib/search-index.ts';
import { FOLD_SENTINEL, stripFolded } from '../../src/lib/fold.ts';
import { describeRoute as at } from '../../src/lib/route-kinds.ts';

const terms = [
  synonymTerm('visa', { term: { vi: 'Thị thực', zh: '签证', en: 'Visa' }, variants: { en: ['visas', 'entry visa'] } }),
  synonymTerm('certificate-of-origin', { term: { vi: 'Giấy chứng nhận xuất xứ', zh: '原产地证书', en: 'Certificate of origin' }, abbreviations: ['C/O'], variants: { vi: ['giấy chứng nhận xuất xứ hàng hóa'] } }),
  synonymTerm('form-e', { term: { vi: 'C/O mẫu E', zh: 'E表', en: 'Form E' }, variants: { vi: ['mẫu E'] } }),
  synonymTerm('consular-legalisation', { term: { vi: 'Hợp pháp hóa lãnh sự', zh: '领事认证', en: 'Consular legalisation' }, variants: { en: ['legalization', 'legalisation'] } }),
];
const forms = compileForms(terms);
const ids = (text: string) => matchTerms(normalizeText(text), forms).map((p) => (p.kind === 'term' ? `<${p.id}>` : p.text));

describe('normalizing text', () => {
  it('folds diacritics and đ, lower-cases, and reduces punctuation to spaces; Chinese stays', () => {
    expect(normalizeText('C/O mẫu E')).toBe('c o mau e');
    expect(normalizeText('Hợp pháp hoá  lãnh sự')).toBe(normalizeText('hop phap hoa lanh su'));
    expect(normalizeText('Đường dây nóng: 0205-3812')).toBe('duong day nong 0205 3812');
    expect(normalizeText('办理签证，请联系')).toBe('办理签证 请联系');
  });
});

describe('finding terms', () => {
  it('prefers the longest form, so "C/O mẫu E" is Form E and not a certificate of origin plus "mau e"', () => {
    expect(ids('C/O mẫu E')).toEqual(['<form-e>']);
    expect(ids('xin C/O cho hàng')).toEqual(['xin', '<certificate-of-origin>', 'cho', 'hang']);
    expect(ids('giấy chứng nhận xuất xứ hàng hóa')).toEqual(['<certificate-of-origin>']);
  });

  it('matches whole words only: "visas" is a form, "visaxyz" and "vi" are not', () => {
    expect(ids('visas')).toEqual(['<visa>']);
    expect(ids('visaxyz vi')).toEqual(['visaxyz', 'vi']);
  });

  it('finds Chinese forms inside runs of characters, and mixed forms like "E表"', () => {
    expect(ids('办理签证需要什么')).toEqual(['办理', '<visa>', '需要什么']);
    expect(ids('申请E表')).toEqual(['申请', '<form-e>']);
  });

  it('counts each use of any form of a term', () => {
    const counts = countTerms('Thị thực (visa) cho đoàn; hồ sơ xin thị thực. Legalization, legalisation.', forms);
    expect(Object.fromEntries(counts)).toEqual({ visa: 3, 'consular-legalisation': 2 });
  });
});

describe('tokens', () => {
  it('are single lower-case words, distinct, and none is a prefix of another', () => {
    const all = [...terms.map((t) => t.id), 'form-e2', 'forme', 'a-1'].map(termToken);
    for (const t of all) expect(t).toMatch(/^[a-z]+$/);
    expect(new Set(all).size).toBe(all.length);
    for (const a of all) for (const b of all) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
  });

  it('a page gets each term token as often as it uses the term (capped); every form once only when asked', () => {
    const byId = new Map(terms.map((t) => [t.id, t]));
    const words = synonymWords(new Map([['visa', 20]]), byId);
    expect(words).toEqual(Array(MAX_TOKEN_REPEATS).fill(termToken('visa')));
    const withForms = synonymWords(new Map([['visa', 2]]), byId, true);
    expect(withForms).toEqual([termToken('visa'), termToken('visa'), 'thi thuc', '签证', 'visa', 'visas', 'entry visa']);
  });
});

describe('the index copy of a page', () => {
  const ctx: IndexContext = { forms, terms: new Map(terms.map((t) => [t.id, t])), bets: new Map([['/contact/', ['hotline', 'đường dây nóng']]]) };
  const html = (path: string, h1: string, body: string) =>
    `<!doctype html><html lang="vi"><body><header>Thị thực</header><main id="main"><article data-pagefind-body><h1>${h1}</h1><p>${body}</p></article></main></body></html>`;

  it('adds tokens (and, when asked, other forms) after the folded-block sentinel, never in the text a result quotes', () => {
    const page = html('/procedures/x/', 'Cấp thị thực', 'Hồ sơ xin thị thực.');
    expect(prepareForIndex(at('entry', { section: 'procedures', id: 'x' }), page, ctx)!).not.toContain('签证');
    const out = prepareForIndex(at('entry', { section: 'procedures', id: 'x' }), page, { ...ctx, indexForms: true })!;
    const hidden = out.slice(out.indexOf(FOLD_SENTINEL));
    expect(hidden).toContain(termToken('visa'));
    expect(hidden).toContain('签证');
    expect(hidden).toContain('entry visa');
    // A term in the title also goes in at the title's weight.
    expect(out).toContain(`data-pagefind-weight="${TITLE_TERM_WEIGHT}">${termToken('visa')}</div>`);
    expect(stripFolded('Cấp thị thực Hồ sơ xin thị thực. ' + hidden)).not.toContain(termToken('visa'));
  });

  it('puts best-bet queries on their target page only, at the highest weight', () => {
    const main = '<h1>Liên hệ</h1><p>Gọi cho chúng tôi.</p>';
    const contact = prepareForIndex(at('contact', { lang: 'en' }), `<!doctype html><html lang="en"><body><main id="main">${main}</main></body></html>`, ctx)!;
    expect(contact).toContain(`data-pagefind-weight="${BET_WEIGHT}">hotline duong day nong hotline duong day nong hotline duong day nong</div>`);
    expect(contact).toContain('data-pagefind-filter="type:page"');
    const feedback = prepareForIndex(at('feedback', {}), `<!doctype html><html lang="vi"><body><main id="main">${main}</main></body></html>`, ctx)!;
    expect(feedback).not.toContain(`data-pagefind-weight="${BET_WEIGHT}"`);
  });

  it('gives the glossary page no tokens: it names every term and would otherwise lead every term query', () => {
    const out = prepareForIndex(at('glossary', {}), html('/glossary/', 'Thuật ngữ', 'Thị thực, visa, 签证, C/O'), ctx)!;
    expect(out).not.toContain(termToken('visa'));
    expect(out).not.toContain(termToken('certificate-of-origin'));
  });

  it('indexes a page people look for (contact) without markup of its own, as type "page", but never the header', () => {
    const out = prepareForIndex(at('contact', { lang: 'zh' }), '<!doctype html><html lang="zh-Hans"><body><header>Thị thực</header><main id="main"><h1>联系</h1></main></body></html>', ctx)!;
    expect(out).toContain('<main data-pagefind-body');
    expect(out).not.toContain(termToken('visa'));
  });
});

describe('forms to avoid', () => {
  it('are not for translators, but readers type them: search understands them as the term', () => {
    const t = synonymTerm('c-o-mau-e', { term: { vi: 'C/O mẫu E', zh: '原产地证书（FORM E）', en: 'Form E certificate of origin' }, avoid: { zh: ['E表'] } });
    expect(matchTerms(normalizeText('申请E表'), compileForms([t]))).toEqual([{ kind: 'word', text: '申请' }, { kind: 'term', id: 'c-o-mau-e' }]);
  });
});
