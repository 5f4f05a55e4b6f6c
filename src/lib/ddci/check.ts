/**
 * Rules of the DDCI data that span files, run with the rest of the content check: a year's
 * indicators belong to its framework, every change the source states agrees with the scores
 * (a typo in a transcribed figure shows up here), tasks point at their plan's framework,
 * and file names match the year or plan number inside.
 */
import type { CheckedEntry } from '../../node/content-check/check.ts';
import type { Problem } from '../content-check/problems.ts';
import type { DdciIndicator, DdciPlan, DdciResult, DdciTask } from '../../schemas/ddci.ts';
import { computeChanges } from './changes.ts';
import { say, type Saying } from '../content-check/messages.ts';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export function checkDdci(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const valid = <T>(c: string) => entries.filter((e) => e.collection === (c as CheckedEntry['collection']) && e.value) as (CheckedEntry & { value: T })[];
  const indicators = valid<DdciIndicator>('ddci-indicators');
  const results = valid<DdciResult>('ddci-results');
  const plans = valid<DdciPlan>('ddci-plans');
  const tasks = valid<DdciTask>('ddci-tasks');
  const ind = new Map(indicators.map((e) => [e.id, e.value]));
  const add = (e: CheckedEntry, path: PropertyKey[], said: Saying) => problems.push({ file: e.file, line: e.lineOf(path), field: path.join('.') || '(file)', ...said });

  for (const e of indicators) {
    const prev = e.value.comparedWith ? ind.get(e.value.comparedWith) : undefined;
    if (prev && prev.framework >= e.value.framework)
      add(e, ['comparedWith'], say('ddci.comparedWithLater', { comparedWith: e.value.comparedWith, framework: prev.framework }));
  }

  for (const e of results) {
    const y = e.value;
    if (e.id !== String(y.year)) add(e, ['year'], say('ddci.resultsFileName', { year: y.year }));
    if (y.overall?.rank != null && y.overall.rank > y.rankOf)
      add(e, ['overall', 'rank'], say('ddci.overallRankBeyond', { rank: y.overall.rank, rankOf: y.rankOf }));
    const seen = new Set<string>();
    y.indicators.forEach((r, k) => {
      const def = ind.get(r.indicator);
      if (def && def.framework !== y.framework)
        add(e, ['indicators', k, 'indicator'], say('ddci.resultFramework', { indicator: r.indicator, framework: def.framework, year: y.year, yearFramework: y.framework }));
      if (seen.has(r.indicator)) add(e, ['indicators', k, 'indicator'], say('ddci.indicatorTwice', { indicator: r.indicator, year: y.year }));
      seen.add(r.indicator);
      if (r.rank !== null && r.rank > y.rankOf) add(e, ['indicators', k, 'rank'], say('ddci.indicatorRankBeyond', { rank: r.rank, rankOf: y.rankOf }));
      if ((r.score === null || r.rank === null) && !r.note)
        add(e, ['indicators', k, 'note'], say('ddci.nullNeedsNote'));
    });
  }

  // Stated changes against the scores.
  const changes = computeChanges(
    indicators.map((e) => ({ id: e.id, data: e.value })),
    results.map((e) => ({ id: e.id, data: e.value })),
  );
  for (const c of changes) {
    if (c.stated === undefined) continue;
    const e = results.find((r) => r.value.year === c.year)!;
    const k = c.indicator === undefined ? -1 : e.value.indicators.findIndex((r) => r.indicator === c.indicator);
    const path = k < 0 ? ['overall', 'statedChange'] : ['indicators', k, 'statedChange'];
    if (!c.baseline) {
      add(e, path, say('ddci.changeWithoutBaseline', { previousYear: c.year - 1 }));
    } else if (c.agrees === false) {
      const base = `${c.baseline.year}${c.baseline.indicator ? ` "${c.baseline.indicator}"` : ''} ${c.baseline.score}`;
      add(e, path, say('ddci.changeDisagrees', { stated: signed(c.stated), computed: signed(c.delta!), year: c.year, score: c.score, base }));
    }
  }
  for (const e of results) {
    const rc = e.value.overall?.statedRankChange;
    const prev = results.find((r) => r.value.year === e.value.year - 1)?.value.overall?.rank;
    const now = e.value.overall?.rank;
    if (rc !== undefined && prev != null && now != null && prev - now !== rc)
      add(e, ['overall', 'statedRankChange'], say('ddci.rankChangeDisagrees', { stated: signed(rc), computed: signed(prev - now), prev, now }));
  }

  const planByYear = new Map(plans.map((p) => [p.value.year, p.value]));
  for (const e of plans) {
    if (e.id !== String(e.value.year)) add(e, ['year'], say('ddci.planFileName', { year: e.value.year }));
  }
  for (const e of tasks) {
    const t = e.value;
    const expected = `${t.plan}-${String(t.number).padStart(2, '0')}`;
    if (e.id !== expected) add(e, ['number'], say('ddci.taskFileName', { number: t.number, plan: t.plan, expected }));
    const plan = planByYear.get(t.plan);
    if (!plan) {
      add(e, ['plan'], say('ddci.taskWithoutPlan', { plan: t.plan }));
      continue;
    }
    const def = ind.get(t.indicator);
    if (def && def.framework !== plan.framework)
      add(e, ['indicator'], say('ddci.taskFramework', { indicator: t.indicator, framework: def.framework, plan: t.plan, planFramework: plan.framework }));
    if (t.source !== plan.source)
      add(e, ['source'], say('ddci.taskSource', { planSource: plan.source, taskSource: t.source }));
  }
  return problems;
}
