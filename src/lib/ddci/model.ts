/**
 * The DDCI data joined once for every page and for open data: indicators in order, results
 * per year, each indicator's line of descent across frameworks, tasks per indicator, plan
 * and unit. Pure: takes plain records (from Astro collections or YAML read by a test).
 */
import type { DdciIndicator, DdciPlan, DdciResult, DdciTask } from '../../schemas/ddci.ts';
import { computeChanges, type Change } from './changes.ts';
import { taskUnits } from './status.ts';

export interface WithId<T> {
  id: string;
  data: T;
}

export interface DdciInput {
  indicators: WithId<DdciIndicator>[];
  results: WithId<DdciResult>[];
  plans: WithId<DdciPlan>[];
  tasks: WithId<DdciTask>[];
}

export type IndicatorResult = DdciResult['indicators'][number];

/** One point of an indicator's history: the figures of one year, under the indicator measured that year. */
export interface HistoryPoint {
  year: number;
  rankOf: number;
  indicator: string;
  result: IndicatorResult;
  /** Document the figure comes from. */
  source: string;
  change: Change | undefined;
}

export interface Ddci {
  indicators: Map<string, WithId<DdciIndicator>>;
  /** Indicators per framework, by number. */
  byFramework: Map<number, WithId<DdciIndicator>[]>;
  /** Results by year, oldest first. */
  years: WithId<DdciResult>[];
  /** Results of the newest year, or undefined when there are none. */
  latest: WithId<DdciResult> | undefined;
  changes: Change[];
  /** Indicators of later frameworks that are compared with this one. */
  successors: Map<string, string[]>;
  plans: WithId<DdciPlan>[];
  tasks: WithId<DdciTask>[];
}

const byNumber = (a: WithId<{ number: number }>, b: WithId<{ number: number }>) => a.data.number - b.data.number;

export function buildDdci(input: DdciInput): Ddci {
  const indicators = new Map(input.indicators.map((i) => [i.id, i]));
  const byFramework = new Map<number, WithId<DdciIndicator>[]>();
  for (const i of [...input.indicators].sort((a, b) => a.data.framework - b.data.framework || byNumber(a, b))) {
    const list = byFramework.get(i.data.framework) ?? [];
    list.push(i);
    byFramework.set(i.data.framework, list);
  }
  const successors = new Map<string, string[]>();
  for (const i of input.indicators) {
    const prev = i.data.comparedWith;
    if (prev) successors.set(prev, [...(successors.get(prev) ?? []), i.id].sort());
  }
  const years = [...input.results].sort((a, b) => a.data.year - b.data.year);
  return {
    indicators,
    byFramework,
    years,
    latest: years.at(-1),
    changes: computeChanges(input.indicators, input.results),
    successors,
    plans: [...input.plans].sort((a, b) => a.data.year - b.data.year),
    tasks: [...input.tasks].sort((a, b) => a.data.plan - b.data.plan || byNumber(a, b)),
  };
}

export function resultOf(d: Ddci, year: number, indicator: string): IndicatorResult | undefined {
  return d.years.find((y) => y.data.year === year)?.data.indicators.find((r) => r.indicator === indicator);
}

export function changeOf(d: Ddci, year: number, indicator: string): Change | undefined {
  return d.changes.find((c) => c.year === year && c.indicator === indicator);
}

/** The overall change of a year (indicator undefined). */
export function overallChangeOf(d: Ddci, year: number): Change | undefined {
  return d.changes.find((c) => c.year === year && c.indicator === undefined);
}

/**
 * The indicator's line of descent: what it is compared with (back through earlier
 * frameworks) and what is compared with it (forward), oldest first.
 */
export function lineage(d: Ddci, id: string): string[] {
  const back: string[] = [];
  let cur = d.indicators.get(id)?.data.comparedWith ?? null;
  while (cur && !back.includes(cur)) {
    back.unshift(cur);
    cur = d.indicators.get(cur)?.data.comparedWith ?? null;
  }
  const forward: string[] = [];
  let next = d.successors.get(id) ?? [];
  while (next.length === 1 && !forward.includes(next[0]!)) {
    forward.push(next[0]!);
    next = d.successors.get(next[0]!) ?? [];
  }
  return [...back, id, ...forward];
}

/** Every year's figures along the indicator's line of descent, oldest first. */
export function history(d: Ddci, id: string): HistoryPoint[] {
  const line = lineage(d, id);
  const out: HistoryPoint[] = [];
  for (const y of d.years) {
    for (const ind of line) {
      const r = y.data.indicators.find((x) => x.indicator === ind);
      if (r) out.push({ year: y.data.year, rankOf: y.data.rankOf, indicator: ind, result: r, source: r.source ?? y.data.source, change: changeOf(d, y.data.year, ind) });
    }
  }
  return out;
}

export function tasksOfIndicator(d: Ddci, id: string): WithId<DdciTask>[] {
  return d.tasks.filter((t) => t.data.indicator === id);
}

/** Tasks whose "Thực hiện" names the unit, with its role (lead wins over partner). */
export function tasksOfUnit(d: Ddci, unit: string): { task: WithId<DdciTask>; role: 'lead' | 'partner' }[] {
  const out: { task: WithId<DdciTask>; role: 'lead' | 'partner' }[] = [];
  for (const task of d.tasks) {
    const u = taskUnits(task.data);
    if (u.lead.includes(unit)) out.push({ task, role: 'lead' });
    else if (u.partners.includes(unit)) out.push({ task, role: 'partner' });
  }
  return out;
}

export function planOf(d: Ddci, year: number): WithId<DdciPlan> | undefined {
  return d.plans.find((p) => p.data.year === year);
}
