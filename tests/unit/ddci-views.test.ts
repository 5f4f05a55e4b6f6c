/**
 * The DDCI pages' view models on the frozen transcription (tests/fixtures/content-ddci):
 * what each page prints, per locale, checked against the plans' own figures and against
 * the joins they are made of.
 */
import { describe, expect, it } from 'vitest';
import { buildDdci, tasksOfIndicator, tasksOfUnit, type Ddci, type DdciInput } from '../../src/lib/ddci/model.ts';
import { overviewView } from '../../src/lib/ddci/views/overview.ts';
import { indicatorView } from '../../src/lib/ddci/views/indicator.ts';
import { indicatorsView } from '../../src/lib/ddci/views/indicators.ts';
import { planView, plansNewestFirst } from '../../src/lib/ddci/views/plan.ts';
import { unitCards, unitView, type UnitRef } from '../../src/lib/ddci/views/units.ts';
import { STATUS_ORDER } from '../../src/lib/ddci/status.ts';
import { checkContent } from '../../src/node/content-check/check.ts';
import type { Unit } from '../../src/schemas/units.ts';
import { DDCI_FIXTURE } from '../helpers/fixture.ts';

const { entries } = checkContent(DDCI_FIXTURE);
const records = <T>(c: string) => entries.filter((e) => e.collection === c && e.value).map((e) => ({ id: e.id, data: e.value as T }));
const input = {
  indicators: records('ddci-indicators'),
  results: records('ddci-results'),
  plans: records('ddci-plans'),
  tasks: records('ddci-tasks'),
} as DdciInput;
const d = buildDdci(input);
const units: UnitRef[] = records<Unit>('units')
  .sort((a, b) => a.data.order - b.data.order)
  .map((u) => ({ id: u.id, name: u.data.name }));

describe('overview (/ddci/)', () => {
  const en = overviewView(d, units, 'en');
  const vi = overviewView(d, units, 'vi');

  it('shows the newest year at a glance: 79.80, 18th of 19, bottom group, 0.37 below 2024 (80.17)', () => {
    expect(en.glance).toMatchObject({ year: 2025, overall: { score: '79.80', rank: 18, rankOf: 19, group: 'bottom', change: { delta: -0.37, baselineYear: 2024, baselineScore: '80.17' } } });
    expect(vi.glance?.overall?.score).toBe('79,80');
    expect(vi.glance?.overall?.change?.baselineScore).toBe('80,17');
  });

  it('names the plan that answers the newest results and counts its tasks', () => {
    const tasks = d.tasks.filter((x) => x.data.plan === 2026);
    expect(en.glance?.plan?.year).toBe(2026);
    expect(en.glance?.plan?.line).toContain(`${tasks.length} tasks`);
  });

  it('lists every year oldest first, with the rank change the 2025 plan states for 2024 (up 4 places)', () => {
    expect(en.overall?.rows.map((r) => r.year)).toEqual([2023, 2024, 2025]);
    const [y2023, y2024] = en.overall!.rows;
    expect(y2023).toMatchObject({ unknownScore: true, score: 'unknown', rank: '15/25' });
    expect(y2024?.rankChange).toMatchObject({ dir: 'up', arrow: '▲', text: 'up 4 places' });
    expect(en.overall?.rankNotes.map((n) => n.year)).toEqual([2024]);
    expect(en.overall?.summary).toMatch(/2024: 80\.17 points, ranked 11 of 25\./);
    expect(en.overall?.svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });

  it('lists the newest year\'s indicators in framework order, each change measured against the indicator it is compared with', () => {
    const rows = en.indicators!.rows;
    const latest = d.latest!.data;
    expect(rows).toHaveLength(latest.indicators.length);
    expect(rows.map((r) => d.indicators.get(r.id)!.data.number)).toEqual(rows.map((_, i) => i + 1));
    for (const r of rows) {
      const compared = d.indicators.get(r.id)!.data.comparedWith;
      expect(r.change?.baselineId).toBe(compared ?? undefined);
      // Only this year's plan's tasks, and only those of the row's indicator.
      expect(r.tasks.map((x) => x.id)).toEqual(tasksOfIndicator(d, r.id).filter((x) => x.data.plan === 2026).map((x) => x.id));
    }
    const informal = rows.find((r) => r.id === '2025-chi-phi-khong-chinh-thuc')!;
    expect(informal.change).toMatchObject({ delta: 1.25, baselineScore: '6.87', baselineName: { text: 'Informal charges' } });
  });

  it('sums the indicators up with counts that match the rows', () => {
    const rows = en.indicators!.rows;
    const up = rows.filter((r) => (r.change?.delta ?? 0) > 0).length;
    const down = rows.filter((r) => (r.change?.delta ?? 0) < 0).length;
    const none = rows.filter((r) => r.change?.delta == null).length;
    expect(en.indicators!.summary).toContain(`${rows.length} indicators: ${up} went up, ${down} went down, and ${none} new`);
  });

  it('lists the plans newest first and every unit with the tasks it leads or supports', () => {
    expect(en.plans.map((p) => p.plan.data.year)).toEqual([2026, 2025]);
    expect(en.plans.flatMap((p) => p.tasks)).toHaveLength(d.tasks.length);
    expect(en.units.map((u) => u.id)).toEqual(units.map((u) => u.id));
    for (const u of en.units) expect(u.lead + u.partner).toBe(tasksOfUnit(d, u.id).length);
  });

  it('has nothing to show before the first results, and says so instead of failing', () => {
    const empty = overviewView(buildDdci({ indicators: [], results: [], plans: [], tasks: [] }), units, 'zh');
    expect(empty).toMatchObject({ glance: undefined, overall: undefined, indicators: undefined, plans: [] });
    expect(empty.units.every((u) => u.lead === 0 && u.partner === 0)).toBe(true);
  });
});

/** The data with one indicator's Chinese name removed. */
function withoutChinese(id: string): Ddci {
  return buildDdci({
    ...input,
    indicators: input.indicators.map((i) => (i.id === id ? { id: i.id, data: { ...i.data, name: { vi: i.data.name.vi, en: i.data.name.en } } } : i)),
  });
}

describe('indicator page (/ddci/indicators/<id>/)', () => {
  it('follows an indicator of the new framework back to the one it is compared with', () => {
    const v = indicatorView(d, '2025-chi-phi-khong-chinh-thuc', 'en');
    expect(v.comparedWith?.id).toBe('2024-chi-phi-khong-chinh-thuc');
    expect(v.history?.multi).toBe(true);
    expect(v.history?.rows.map((r) => [r.year, r.own])).toEqual([
      [2023, false],
      [2024, false],
      [2025, true],
    ]);
    expect(v.latest).toMatchObject({ year: 2025, change: { delta: 1.25 } });
    expect(v.description).toContain('8.12');
    // The old indicator's tasks are "related", its own are listed in full.
    expect(v.otherTasks.map((x) => x.id)).toEqual(tasksOfIndicator(d, '2024-chi-phi-khong-chinh-thuc').map((x) => x.id));
    expect(v.tasks.every((x) => x.data.indicator === v.id)).toBe(true);
  });

  it('has no comparison and no earlier history for a new indicator', () => {
    const v = indicatorView(d, '2025-gia-nhap-thi-truong', 'en');
    expect(v.comparedWith).toBeUndefined();
    expect(v.history?.multi).toBe(false);
    expect(v.history?.rows.map((r) => r.year)).toEqual([2025]);
    expect(v.latest?.change).toBeUndefined();
  });

  it('names the indicators that continue an old one', () => {
    const v = indicatorView(d, '2024-minh-bach-tiep-can-thong-tin', 'vi');
    expect(v.successors.map((s) => s.id)).toEqual(['2025-minh-bach-du-lieu-mo']);
    expect(v.history?.rows.at(-1)).toMatchObject({ year: 2025, indicator: '2025-minh-bach-du-lieu-mo', own: false });
  });

  it('marks a name shown in Vietnamese for want of a translation with lang="vi"', () => {
    const id = '2025-chi-phi-khong-chinh-thuc';
    expect(indicatorView(d, id, 'zh').title.lang).toBeUndefined();
    const v = indicatorView(withoutChinese(id), id, 'zh');
    expect(v.title).toEqual({ text: d.indicators.get(id)!.data.name.vi, lang: 'vi' });
  });

  it('puts a note under the table for every figure that has one', () => {
    const v = indicatorView(d, '2024-minh-bach-tiep-can-thong-tin', 'en');
    const notes = v.history!.notes;
    expect(notes.find((n) => n.year === 2024)?.alsoStated[0]?.text).toMatch(/11/);
    for (const r of v.history!.rows) if (r.noted) expect(notes.some((n) => n.year === r.year && n.indicator === r.indicator)).toBe(true);
  });
});

describe('indicator list (/ddci/indicators/)', () => {
  const v = indicatorsView(d, 'en');
  it('has the frameworks newest first, each with the years assessed on it, newest first', () => {
    expect(v.map((f) => [f.framework, f.years, f.rows.length])).toEqual([
      [2025, [2025], 11],
      [2024, [2024, 2023], 9],
    ]);
    for (const f of v) for (const r of f.rows) expect(r.scores).toHaveLength(f.years.length);
  });
  it('shows a dash where an indicator was not assessed and "unknown" where the score is missing', () => {
    const it2024 = v.find((f) => f.framework === 2024)!.rows.find((r) => r.id === '2024-ung-dung-cong-nghe-thong-tin')!;
    expect(it2024.scores[1]).toEqual({ text: '—', unknown: true });
  });
});

describe('plan pages (/ddci/plans/)', () => {
  it('counts every task of a plan once, in status order, leaving sample reports out', () => {
    for (const { plan, tasks } of plansNewestFirst(d)) {
      const v = planView(d, plan.data.year, 'en');
      expect(v.tasks).toEqual(tasks);
      expect(v.counts.map((c) => c.key)).toEqual([...STATUS_ORDER]);
      expect(v.counts.reduce((n, c) => n + c.count, 0)).toBe(tasks.length);
      const samples = tasks.flatMap((x) => x.data.updates).filter((u) => u.sample).length;
      expect(v.samples).toBe(samples);
      if (samples > 0) expect(v.summary).toContain(`${samples} sample report`);
    }
  });
  it('dates the page by the newest progress update of its tasks', () => {
    const v = planView(d, 2026, 'vi');
    const dates = v.tasks.flatMap((x) => x.data.updates.map((u) => u.date)).sort();
    expect(v.newest).toBe(dates.at(-1));
    expect(v.title).toContain('2026');
  });
});

describe('unit pages (/ddci/units/)', () => {
  it('lists a unit\'s tasks by plan, newest first, with the bullets that name it in its role', () => {
    for (const u of units) {
      const v = unitView(d, u, 'en');
      expect(v.plans.map((p) => p.year)).toEqual([...v.plans.map((p) => p.year)].sort((a, b) => b - a));
      const rows = v.plans.flatMap((p) => p.tasks);
      expect(rows).toHaveLength(tasksOfUnit(d, u.id).length);
      expect(v.lead).toBe(rows.filter((r) => r.role === 'lead').length);
      for (const r of rows) expect(r.bullets.length).toBeGreaterThan(0);
    }
    expect(unitCards(d, units, 'en')).toEqual(units.map((u) => {
      const { id, name, lead, partner } = unitView(d, u, 'en');
      return { id, name, lead, partner };
    }));
  });
});
