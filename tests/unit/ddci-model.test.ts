/** The transcribed DDCI data and the joins the pages rely on: counts, links, history, status. */
import { describe, expect, it } from 'vitest';
import { buildDdci, history, lineage, resultOf, tasksOfUnit } from '../../src/lib/ddci/model.ts';
import { currentStatus, statusCounts, taskUnits, updatesNewestFirst } from '../../src/lib/ddci/status.ts';
import { formatScore, formatSigned } from '../../src/lib/ddci/format.ts';
import { readDdci } from '../helpers/ddci.ts';
import { DDCI_FIXTURE } from '../helpers/fixture.ts';

const d = buildDdci(readDdci(DDCI_FIXTURE));
const upd = (date: string, status: 'not-started' | 'in-progress' | 'done' | 'ongoing', sample = false) => ({ date, status, note: { vi: date }, evidence: [], sample });

describe('transcribed data', () => {
  it('has the two frameworks: 9 indicators (2024) and 11 (2025), numbered 1..n', () => {
    for (const [fw, n] of [[2024, 9], [2025, 11]] as const) {
      const list = d.byFramework.get(fw)!;
      expect(list.map((i) => i.data.number)).toEqual(Array.from({ length: n }, (_, k) => k + 1));
    }
  });

  it('links 8 new indicators to an old one, as the 2026 plan states, and leaves 3 new ones unlinked', () => {
    const linked = d.byFramework.get(2025)!.filter((i) => i.data.comparedWith);
    expect(linked).toHaveLength(8);
    expect(d.byFramework.get(2025)!.filter((i) => !i.data.comparedWith).map((i) => i.data.name.vi)).toEqual(['Gia nhập thị trường', 'Hội nhập quốc tế', 'Phát triển kinh tế tư nhân']);
    expect(d.successors.get('2024-vai-tro-nguoi-dung-dau')).toBeUndefined();
  });

  it('records the overall results: 80.17, 11/25 in 2024 (up 4 places); 79.80, 18/19, bottom group in 2025', () => {
    const [y2024, y2025] = [2024, 2025].map((y) => d.years.find((r) => r.data.year === y)!.data);
    expect(y2024!.overall).toMatchObject({ score: 80.17, rank: 11, statedRankChange: 4 });
    expect(y2024!.rankOf).toBe(25);
    expect(y2025!.overall).toMatchObject({ score: 79.8, rank: 18, group: 'bottom' });
    expect(y2025!.rankOf).toBe(19);
  });

  it('keeps both ranks the 2025 plan gives for transparency in 2024 (table 10, text 11/25)', () => {
    const r = resultOf(d, 2024, '2024-minh-bach-tiep-can-thong-tin')!;
    expect(r.rank).toBe(10);
    expect(r.alsoStated).toEqual([expect.objectContaining({ field: 'rank', value: 11 })]);
    expect(r.note?.vi).toMatch(/11\/25/);
  });

  it('records illegible OCR figures as null with the raw text and a note, never a guess', () => {
    expect(resultOf(d, 2023, '2024-chi-phi-thoi-gian')!.rank).toBeNull();
    const nulls = d.years.flatMap((y) => y.data.indicators).filter((r) => r.score === null || r.rank === null);
    expect(nulls.length).toBeGreaterThan(0);
    for (const r of nulls) expect(r.note, r.indicator).toBeDefined();
  });

  it('recovers the two 2023 values the plan states indirectly, with the derivation in the note', () => {
    // Table cell OCR "5.397" (stray digit); the change column states 7.96 in 2024, up 2.57.
    const support = resultOf(d, 2023, '2024-ho-tro-doanh-nghiep')!;
    expect(support.score).toBe(5.39);
    expect(support.ocr).toContain('5.397');
    expect(support.note?.en).toContain('7.96 − 2.57 = 5.39');
    expect(support.note?.vi).toContain('7,96 − 2,57 = 5,39');
    // "Tăng 04 bậc so với năm 2023, xếp vị trí 11/25" → 15/25; no 2023 overall score is stated.
    const y2023 = d.years.find((y) => y.data.year === 2023)!.data;
    expect(y2023.overall).toMatchObject({ score: null, rank: 15 });
    expect(y2023.overall?.note?.en).toContain('11 + 4 = 15th of 25');
  });

  it('has one task per indicator in each plan, in the plan\'s order, from the plan\'s document', () => {
    for (const [plan, fw, doc] of [[2025, 2024, 'kh-ddci-2025'], [2026, 2025, 'kh-ddci-2026']] as const) {
      const tasks = d.tasks.filter((t) => t.data.plan === plan);
      expect(tasks.map((t) => t.data.indicator).sort()).toEqual(d.byFramework.get(fw)!.map((i) => i.id).sort());
      for (const t of tasks) expect(t.data.source).toBe(doc);
    }
    // In the 2026 plan, section III follows the order of the results table.
    for (const t of d.tasks.filter((x) => x.data.plan === 2026)) expect(d.indicators.get(t.data.indicator)!.data.number).toBe(t.data.number);
  });

  it('reports no progress the sources do not state: every update is a labelled sample, including the three that describe this website', () => {
    const all = d.tasks.flatMap((t) => t.data.updates.map((u) => ({ task: t.id, ...u })));
    expect(all.filter((u) => !u.sample)).toEqual([]);
    const site = all.filter((u) => u.date === '2026-11-22');
    expect(site.map((u) => u.task).sort()).toEqual(['2026-02', '2026-03', '2026-10']);
    for (const u of site) expect(u.note.en).toMatch(/^Example \(no document of the Department reports this/);
  });

  it('counts only sourced reports as progress and says how many samples it left out', () => {
    const counts = statusCounts(d.tasks.filter((t) => t.data.plan === 2026).map((t) => t.data));
    expect(counts.none).toBe(11);
    expect(counts.sampleUpdates).toBe(7);
  });
});

describe('joins', () => {
  it('follows an indicator back to the one it is compared with, and forward', () => {
    expect(lineage(d, '2025-minh-bach-du-lieu-mo')).toEqual(['2024-minh-bach-tiep-can-thong-tin', '2025-minh-bach-du-lieu-mo']);
    expect(lineage(d, '2024-minh-bach-tiep-can-thong-tin')).toEqual(['2024-minh-bach-tiep-can-thong-tin', '2025-minh-bach-du-lieu-mo']);
    expect(lineage(d, '2025-hoi-nhap-quoc-te')).toEqual(['2025-hoi-nhap-quoc-te']);
    expect(history(d, '2025-minh-bach-du-lieu-mo').map((p) => [p.year, p.result.score])).toEqual([[2023, 7.61], [2024, 8.35], [2025, 7.96]]);
  });

  it('finds every task a unit leads or supports', () => {
    const centre = tasksOfUnit(d, 'trung-tam-ttdvdn');
    expect(centre.find((x) => x.task.id === '2026-02')?.role).toBe('lead');
    expect(centre.find((x) => x.task.id === '2026-04')?.role).toBe('partner');
    expect(tasksOfUnit(d, 'lanh-dao-so')).toEqual([]);
  });
});

describe('status', () => {
  it('is the newest update\'s status; the later-written wins a tie; none is null', () => {
    expect(currentStatus({ updates: [] })).toEqual({ status: null, date: undefined, sample: false });
    expect(currentStatus({ updates: [upd('2026-05-01', 'done'), upd('2026-03-01', 'in-progress')] }).status).toBe('done');
    expect(currentStatus({ updates: [upd('2026-05-01', 'in-progress'), upd('2026-05-01', 'ongoing', true)] })).toEqual({ status: 'ongoing', date: '2026-05-01', sample: true });
    expect(updatesNewestFirst([upd('2026-01-01', 'done'), upd('2026-02-01', 'done')]).map((u) => u.date)).toEqual(['2026-02-01', '2026-01-01']);
  });

  it('counts tasks per status, with "none" for tasks never reported on', () => {
    const counts = statusCounts([{ updates: [] }, { updates: [upd('2026-01-01', 'done')] }, { updates: [upd('2026-01-01', 'done')] }]);
    expect(counts).toEqual({ done: 2, ongoing: 0, 'in-progress': 0, 'not-started': 0, none: 1, sampleUpdates: 0 });
    const withSample = statusCounts([{ updates: [upd('2026-01-01', 'in-progress'), { ...upd('2026-02-01', 'done'), sample: true }] }]);
    expect(withSample).toMatchObject({ 'in-progress': 1, done: 0, sampleUpdates: 1 });
  });

  it('gathers lead units, then partner units that lead nothing, without repeats', () => {
    const units = taskUnits({
      implementation: [
        { text: { vi: 'a' }, lead: ['a'], partners: ['b', 'c'] },
        { text: { vi: 'b' }, lead: ['b'], partners: ['a'] },
      ],
    });
    expect(units).toEqual({ lead: ['a', 'b'], partners: ['c'] });
  });
});

describe('format', () => {
  it('writes scores per locale with two decimals and changes with a true minus sign', () => {
    expect(formatScore(6.4, 'vi')).toBe('6,40');
    expect(formatScore(80.17, 'en')).toBe('80.17');
    expect(formatSigned(1.25, 'en')).toBe('+1.25');
    expect(formatSigned(-1.08, 'vi')).toBe('−1,08');
    expect(formatSigned(0, 'zh')).toBe('0.00');
  });
});
