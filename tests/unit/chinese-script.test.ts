/**
 * Traditional Chinese queries on a simplified site: the pairs the build publishes
 * (src/node/traditional-chinese.ts) and the rewriting the search page does with them
 * (src/lib/chinese-script.ts, QueryPlanner).
 */
import { describe, expect, it } from 'vitest';
import { formatPairs, parsePairs, simplifier } from '../../src/lib/chinese-script.ts';
import { collectHan, traditionalPairs } from '../../src/node/traditional-chinese.ts';
import { QueryPlanner, type IndexProbe } from '../../src/lib/search-query.ts';

const site = (text: string) => {
  const chars = new Set<string>();
  collectHan(text, chars);
  return chars;
};

describe('traditional → simplified pairs', () => {
  const pairs = parsePairs(traditionalPairs(site('签证申请 价目表 原产地证书 谅解备忘录 显著 台')));

  it('maps the traditional forms of the characters the site uses, one-to-many included', () => {
    expect(pairs.get('簽')).toBe('签'); // 簽證
    expect(pairs.get('籤')).toBe('签'); // another traditional form of 签
    expect(pairs.get('證')).toBe('证');
    expect(pairs.get('價')).toBe('价');
    expect(pairs.get('產')).toBe('产');
    expect(pairs.get('臺')).toBe('台');
  });

  it('leaves out characters the site does not use, and never rewrites one the site writes', () => {
    expect(pairs.has('龍')).toBe(false); // 龙 is not on this site
    expect(pairs.has('著')).toBe(false); // 著 is written in 显著: a simplified character too
    expect([...pairs.values()].every((s) => site('签证申请 价目表 原产地证书 谅解备忘录 显著 台').has(s))).toBe(true);
  });

  it('round-trips its published form, sorted', () => {
    const text = formatPairs(new Map([['證', '证'], ['簽', '签']]));
    expect(text).toBe('簽签證证');
    expect(parsePairs(text)).toEqual(new Map([['簽', '签'], ['證', '证']]));
  });

  it('rewrites only the characters it knows', () => {
    const simplify = simplifier(pairs);
    expect(simplify('簽證 visa 價目表')).toBe('签证 visa 价目表');
    expect(simplifier('')('簽證')).toBe('簽證');
  });
});

describe('the query planner', () => {
  const known = new Set(['签证', '价目表']);
  const probe: IndexProbe = { ids: async (q) => (known.has(q.replace(/"/g, '')) ? ['1'] : []) };
  const planner = new QueryPlanner({ terms: [], bets: [] }, (run) => [run], simplifier('簽签證证價价'));

  it('searches the simplified form and tells the reader', async () => {
    const plan = await planner.plan('簽證', probe);
    expect(plan.search).toBe('签证');
    expect(plan.unknown).toEqual([]);
    expect(plan.corrected[0]).toEqual(['簽證', '签证']);
  });

  it('without the pairs, a traditional query is a word found nowhere', async () => {
    const plain = new QueryPlanner({ terms: [], bets: [] });
    const plan = await plain.plan('簽證', probe);
    expect(plan.search).toBe('');
    expect(plan.unknown).toEqual(['簽證']);
  });
});
