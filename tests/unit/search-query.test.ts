/**
 * The query check the search page runs before Pagefind: what Pagefind would match by its
 * prefix fallback ("visa" → "vi") is stopped, close misspellings are corrected, glossary
 * forms become tokens, and nothing is searched when a word appears nowhere.
 */
import { describe, expect, it } from 'vitest';
import { QueryPlanner, allowedEdits, closestWord, editDistance, hasPrefix, type SearchVocabulary } from '../../src/lib/search-query.ts';
import { synonymTerm, termToken } from '../../src/lib/search-synonyms.ts';

const vocab = (words: string[], extra: Partial<SearchVocabulary> = {}): SearchVocabulary => ({
  words: [...new Set(words)].sort(),
  han: '',
  terms: [],
  stems: false,
  ...extra,
});
const visa = synonymTerm('visa', { term: { vi: 'Thị thực', zh: '签证', en: 'Visa' } });
const hotline = synonymTerm('hotline', { term: { vi: 'Đường dây nóng', zh: '热线', en: 'Hotline' } });

describe('words that appear nowhere', () => {
  // The Vietnamese index has "vi" (from "vị", "đơn vị") but no word starting with "visa":
  // Pagefind would fall back to "vi" and return every page with "đơn vị".
  const planner = new QueryPlanner(vocab(['don', 'vi', 'dau', 'tu', 'tuc', 'thu', 'investment']));

  it('a word no indexed word starts with is unknown, and nothing is searched', () => {
    expect(planner.plan('visa')).toMatchObject({ search: '', unknown: ['visa'] });
    expect(planner.plan('dau tu banana')).toMatchObject({ search: '', unknown: ['banana'] });
  });

  it('prefixes of indexed words are kept, so typing "dau t" works as Pagefind intends', () => {
    expect(planner.plan('Đầu T')).toMatchObject({ search: 'dau t', unknown: [], corrected: [] });
    expect(hasPrefix(['dau', 'tuc'], 'tu')).toBe(true);
    expect(hasPrefix(['dau', 'tuc'], 'tux')).toBe(false);
  });

  it('a close misspelling of an indexed word is replaced by it, and reported', () => {
    expect(planner.plan('investmnt')).toMatchObject({ search: 'investment', corrected: [['investmnt', 'investment']] });
    // Short words are never "corrected": "vixa" is one edit from nothing useful, "thi" is kept as typed.
    expect(planner.plan('vix').unknown).toEqual(['vix']);
  });

  it('English endings the stemmer removes keep a word known ("visas" when the index has "visa")', () => {
    const en = new QueryPlanner(vocab(['visa', 'invest'], { stems: true }));
    expect(en.plan('visas')).toMatchObject({ search: 'visas', unknown: [] });
    expect(en.plan('investors')).toMatchObject({ search: 'investors', unknown: [] });
    // …but not a long tail: "legalization" is not "legal" plus an ending.
    expect(new QueryPlanner(vocab(['legal'], { stems: true })).plan('legalization').unknown).toEqual(['legalization']);
  });

  it('Chinese is known when every character appears in the index', () => {
    const zh = new QueryPlanner(vocab([], { han: '投资口岸' }));
    expect(zh.plan('投资').unknown).toEqual([]);
    expect(zh.plan('香蕉').unknown).toEqual(['香蕉']);
  });
});

describe('glossary forms become tokens', () => {
  const planner = new QueryPlanner(vocab(['ho', 'so'], { terms: [visa, hotline] }));

  it('in any language, with or without diacritics', () => {
    for (const q of ['visa', 'Thị thực', 'thi thuc', '签证']) expect(planner.plan(q), q).toMatchObject({ search: termToken('visa'), terms: ['visa'] });
    expect(planner.plan('ho so thi thuc').search).toBe(`ho so ${termToken('visa')}`);
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
    expect(allowedEdits(3)).toBe(0);
    expect(closestWord(['hotline', 'hotel'], 'hotlne')).toBe('hotline');
    expect(closestWord(['hotline'], 'zzzzzz')).toBeUndefined();
  });
});
