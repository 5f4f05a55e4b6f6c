/**
 * The query check the search page runs before Pagefind: what Pagefind would match only
 * through its fallback to a shorter word ("visa" → "vi") is stopped, glossary forms become
 * tokens (misspelt ones too), and nothing is searched when a word appears nowhere.
 * The index is a small model of Pagefind's matching (`find_word_extensions`): a word
 * matches the pages of every indexed word it starts; when there is none, the pages of the
 * longest indexed word it starts with; in quotes, only that exact word.
 */
import { describe, expect, it } from 'vitest';
import { QueryPlanner, allowedEdits, closestWord, editDistance, probeWord, relaxedSearch, spellingVariants, type IndexProbe } from '../../src/lib/search-query.ts';
import { synonymTerm, termToken } from '../../src/lib/search-synonyms.ts';

function pagefindModel(pages: Record<string, string>): IndexProbe {
  const words = new Map<string, Set<string>>();
  for (const [id, text] of Object.entries(pages)) for (const w of text.split(' ')) words.set(w, (words.get(w) ?? new Set()).add(id));
  const one = (w: string, exact: boolean): Set<string> => {
    if (exact) return words.get(w) ?? new Set();
    const ext = [...words.keys()].filter((k) => k.startsWith(w));
    if (ext.length > 0) return new Set(ext.flatMap((k) => [...words.get(k)!]));
    const shorter = [...words.keys()].filter((k) => w.startsWith(k)).sort((a, b) => b.length - a.length)[0];
    return shorter ? words.get(shorter)! : new Set();
  };
  return {
    async ids(q) {
      const exact = /^".*"$/.test(q);
      const sets = q.replace(/"/g, '').split(' ').map((w) => one(w, exact));
      return [...sets[0]!].filter((id) => sets.every((s) => s.has(id))).sort();
    },
  };
}

// "đơn vị" gives the Vietnamese index the word "vi"; no word starts with "visa".
const index = pagefindModel({
  a: 'don vi thuc hien',
  b: 'dau tu tai cua khau',
  c: 'thu tuc dau tu investment',
  d: 'ho so thi thuc',
});
const visa = synonymTerm('visa', { term: { vi: 'Thị thực', zh: '签证', en: 'Visa' } });
const hotline = synonymTerm('hotline', { term: { vi: 'Đường dây nóng', zh: '热线', en: 'Hotline' } });
const planner = new QueryPlanner({ terms: [visa, hotline], bets: [{ path: '/contact/', queries: ['duong day nong', 'hotline'] }] });

describe('words that appear nowhere', () => {
  it('the model falls back like Pagefind: "vitamin" finds the page with "vi", and is unknown', async () => {
    expect(await index.ids('vitamin')).toEqual(['a']);
    expect(await probeWord(index, 'vitamin')).toEqual({ status: 'unknown' });
  });

  it('a query with such a word is not searched, and names it', async () => {
    expect(await planner.plan('vitamin', index)).toMatchObject({ search: '', unknown: ['vitamin'] });
    expect(await planner.plan('dau tu banana', index)).toMatchObject({ search: '', unknown: ['banana'] });
  });

  it('indexed words and the start of indexed words are searched as typed', async () => {
    expect(await planner.plan('Đầu T', index)).toMatchObject({ search: 'dau t', unknown: [], corrected: [] });
    expect(await probeWord(index, 'inves')).toEqual({ status: 'known' });
  });

  it('a word Pagefind matches through a shorter word that is most of it is kept and reported', async () => {
    expect(await probeWord(index, 'investmnt')).toEqual({ status: 'unknown' }); // "investment" does not start it
    const en = pagefindModel({ p: 'invest in the zone', q: 'visa procedure' });
    expect(await probeWord(en, 'investmnt')).toEqual({ status: 'shorter', used: 'invest' });
    expect(await new QueryPlanner({ terms: [], bets: [] }).plan('investmnt', en)).toMatchObject({ search: 'investmnt', corrected: [['investmnt', 'invest…']] });
    // "legalization" is not "legal" plus an ending.
    expect(await probeWord(pagefindModel({ p: 'legal advice' }), 'legalization')).toEqual({ status: 'unknown' });
  });
});

describe('glossary forms become tokens', () => {
  it('in any language, with or without diacritics, whatever the index holds', async () => {
    for (const q of ['visa', 'Thị thực', 'thi thuc', '签证', 'VISA']) expect(await planner.plan(q, index), q).toMatchObject({ search: termToken('visa'), terms: ['visa'] });
    expect((await planner.plan('ho so thi thuc', index)).search).toBe(`ho so ${termToken('visa')}`);
  });

  it('a misspelt form is fixed when that completes the form, and left to the index otherwise', async () => {
    expect(await planner.plan('hotlne', index)).toMatchObject({ search: termToken('hotline'), corrected: [['hotlne', 'hotline']] });
    expect(await planner.plan('duong day nongg', index)).toMatchObject({ search: termToken('hotline') });
    // "nongg" alone completes no form: it stays as typed, and the index knows nothing of it.
    expect(await planner.plan('nongg', index)).toMatchObject({ unknown: ['nongg'], corrected: [] });
    expect(await planner.plan('visaa', index)).toMatchObject({ search: termToken('visa'), corrected: [['visaa', 'visa']] });
  });

  it('suggests glossary terms close to a query that found nothing', () => {
    expect(planner.suggest('hotlin').map((t) => t.id)).toEqual(['hotline']);
    expect(planner.suggest('vissa').map((t) => t.id)).toEqual(['visa']);
    expect(planner.suggest('qqqqqq')).toEqual([]);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions and substitutions, and stops early', () => {
    expect(editDistance('hotlne', 'hotline')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(allowedEdits(4)).toBe(0);
    expect(closestWord(['hotline', 'hotel'], 'hotlne')).toBe('hotline');
    expect(closestWord(['hotline'], 'zzzzzz')).toBeUndefined();
  });
});

describe('how people write terms', () => {
  const co = synonymTerm('certificate-of-origin', { term: { vi: 'Giấy chứng nhận xuất xứ', zh: '原产地证书', en: 'Certificate of origin' }, abbreviations: ['C/O'] });
  const formE = synonymTerm('c-o-mau-e', { term: { vi: 'C/O mẫu E', zh: 'E证', en: 'Form E certificate of origin' }, abbreviations: ['Form E'] });
  const mou = synonymTerm('mou', { term: { vi: 'Biên bản ghi nhớ', zh: '谅解备忘录', en: 'Memorandum of understanding' }, abbreviations: ['MOU'] });
  const p = new QueryPlanner({ terms: [co, formE, mou], bets: [] });
  const tokens = (plan: { search: string }) => plan.search.split(' ');

  it('abbreviations with or without dots, slashes and spaces are the same term', async () => {
    for (const q of ['MOU', 'M.O.U.', 'm o u', 'M/O/U']) expect(await p.plan(q, index), q).toMatchObject({ search: termToken('mou') });
    for (const q of ['C/O mẫu E', 'C.O mau E', 'CO mẫu E', 'co mau e']) expect(await p.plan(q, index), q).toMatchObject({ search: termToken('c-o-mau-e') });
    // "C/O" alone stays the certificate of origin; written together it would be the Vietnamese "có", so "co" is not it.
    expect(await p.plan('C/O', index)).toMatchObject({ search: termToken('certificate-of-origin') });
    expect((await p.plan('co', index)).terms).toEqual([]);
  });

  it('a term named with a narrower one means the narrower one', async () => {
    for (const q of ['C/O Form E', 'Form E C/O', 'certificate of origin form E', '原产地证书E证']) expect(tokens(await p.plan(q, index)), q).toEqual([termToken('c-o-mau-e')]);
    // Two unrelated terms are both required.
    expect(tokens(await p.plan('mou C/O', index))).toEqual([termToken('mou'), termToken('certificate-of-origin')]);
  });

  it('a compound form is understood with another form of the term it names', async () => {
    for (const q of ['giay chung nhan xuat xu mau E', 'certificate of origin mẫu E', 'Form E giấy chứng nhận xuất xứ'])
      expect(tokens(await p.plan(q, index)), q).toEqual([termToken('c-o-mau-e')]);
  });

  it('British and American spellings: a word found nowhere is searched in its other spelling', async () => {
    const en = pagefindModel({ a: 'organise an international conference', b: 'the centre of the labour market' });
    expect(await p.plan('organize conference', en)).toMatchObject({ search: 'organise conference', unknown: [], corrected: [['organize', 'organise']] });
    expect(await p.plan('labor center', en)).toMatchObject({ search: 'labour centre', unknown: [] });
    expect(spellingVariants('organization')).toContain('organisation');
    expect(spellingVariants('licence')).toContain('license');
    expect(spellingVariants('traveled')).toContain('travelled');
    // No variant that exists: still found nowhere.
    expect(await p.plan('colorize', en)).toMatchObject({ search: '', unknown: ['colorize'] });
  });
});

describe('too few pages with every word', () => {
  const pages: Record<string, string> = { visa: `${termToken('visa')} procedure`, other: `${termToken('visa')} travel application`, form: 'application form', misc: 'application' };
  const model = pagefindModel(pages);
  const search = async (q: string) => model.ids(q);
  const vp = new QueryPlanner({ terms: [synonymTerm('visa', { term: { vi: 'Thị thực', zh: '签证', en: 'Visa' } })], bets: [] });

  it('pages with all words but one follow, never pages without the glossary term', async () => {
    const plan = await vp.plan('visa application', model);
    expect(plan.parts).toEqual([termToken('visa'), 'application']);
    const strict = await search(plan.search);
    expect(strict).toEqual(['other']);
    expect(await relaxedSearch(plan, strict, search, (id) => id)).toEqual(['other', 'visa']);
  });

  it('enough pages, or a single word: nothing is added', async () => {
    const plan = await vp.plan('visa application', model);
    expect(await relaxedSearch(plan, ['a', 'b', 'c', 'd', 'e'], search, (id) => id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await relaxedSearch({ parts: ['application'], terms: [] }, [], search, (id) => id)).toEqual([]);
  });

  it('plain words: each is left out in turn, pages found more often first', async () => {
    const m = pagefindModel({ a: 'giay phep hoi thao', b: 'cho phep to chuc hoi nghi', c: 'hoi nghi quoc te' });
    const plan = await new QueryPlanner({ terms: [], bets: [] }).plan('giay phep hoi nghi', m);
    expect(await m.ids(plan.search)).toEqual([]);
    // b lacks only "giay", a only "nghi" (its "hoi thao" starts with "hoi"); c lacks two words and stays out.
    expect(await relaxedSearch(plan, [], (q) => m.ids(q), (id) => id)).toEqual(['b', 'a']);
  });
});
