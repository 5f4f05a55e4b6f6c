/**
 * The /ddci/ overview in one locale: the latest year at a glance, the overall score and rank
 * over the years, the latest year's indicators with their change, the plans and the units.
 * Every figure, sentence and chart the page prints is computed here; the page only lays
 * it out.
 */
import type { DdciPlan, DdciTask } from '../../../schemas/ddci.ts';
import { localizedFor } from '../../localized.ts';
import type { Locale } from '../../locales.ts';
import { direction, type Direction } from '../changes.ts';
import { dumbbellChart, lineChart } from '../charts.ts';
import { ARROWS, formatScore, formatSigned } from '../format.ts';
import { changeOf, overallChangeOf, tasksOfIndicator, type Ddci, type WithId } from '../model.ts';
import { currentStatus, statusCounts, type CurrentStatus } from '../status.ts';
import { viewContext, type DdciGroup, type Shown } from './common.ts';
import { planTasks, plansNewestFirst } from './plan.ts';
import { unitCards, type UnitCard, type UnitRef } from './units.ts';

export interface OverviewGlance {
  year: number;
  overall:
    | {
        score: string;
        rank: number | '?';
        rankOf: number;
        group: DdciGroup | null;
        /** The change from the year before, when that year has a score to compare with. */
        change: { delta: number | null; baselineYear: number; baselineScore: string } | undefined;
      }
    | undefined;
  /** The plan that answers this year's results, with how many of its tasks report progress. */
  plan: { year: number; line: string } | undefined;
}

export interface OverallRow {
  year: number;
  /** Score, or "not given" when the year has no overall result. */
  score: string;
  unknownScore: boolean;
  /** "11/25", or undefined when the rank is not given. */
  rank: string | undefined;
  /** The rank change the source states, with its footnote. */
  rankChange: { dir: Direction; arrow: string; text: string; note: string } | undefined;
  group: DdciGroup | null;
  /** Change in points, when the year before has a score to compare with. */
  change: { delta: number | null } | undefined;
}

export interface OverviewOverall {
  svg: string;
  summary: string;
  rows: OverallRow[];
  /** Footnotes of the stated rank changes ("* 2024: …"). */
  rankNotes: { year: number; text: string }[];
  /** Notes on a year's overall result, then notes on the year as a whole. */
  overallNotes: { year: number; note: Shown }[];
  yearNotes: { year: number; note: Shown }[];
}

export interface IndicatorRow {
  id: string;
  name: Shown;
  score: string;
  /** What the change is measured against; undefined for a new indicator with nothing to compare. */
  change: { delta: number | null; baselineId: string; baselineName: Shown; baselineScore: string } | undefined;
  /** "3/19", or "not given". */
  rank: string;
  group: DdciGroup | null;
  /** Tasks of the latest plan for this indicator, with where each stands. */
  tasks: { id: string; plan: number; number: number; heading: string; status: CurrentStatus }[];
}

export interface OverviewIndicators {
  year: number;
  svg: string;
  summary: string;
  /** Year of the plan whose tasks the table lists; undefined when no plan answers the year. */
  planYear: number | undefined;
  rows: IndicatorRow[];
}

export interface OverviewView {
  /** The newest year with results; undefined when there are none yet. */
  glance: OverviewGlance | undefined;
  /** Undefined when no year has an overall result. */
  overall: OverviewOverall | undefined;
  /** Undefined when the newest year lists no indicator. */
  indicators: OverviewIndicators | undefined;
  /** Plans newest first, each with its tasks. */
  plans: { plan: WithId<DdciPlan>; tasks: WithId<DdciTask>[] }[];
  units: UnitCard[];
}

export function overviewView(d: Ddci, units: readonly UnitRef[], locale: Locale): OverviewView {
  const { t, score } = viewContext(d, locale);
  const latest = d.latest?.data;
  const plan = latest ? d.plans.find((p) => p.data.resultsYear === latest.year) : undefined;

  let glance: OverviewGlance | undefined;
  if (latest) {
    const o = latest.overall;
    const c = overallChangeOf(d, latest.year);
    let planLine: OverviewGlance['plan'];
    if (plan) {
      const tasks = planTasks(d, plan.data.year);
      const counts = statusCounts(tasks.map((x) => x.data));
      const tasksLine = t('ddci.glance.tasks', { count: tasks.length, reported: tasks.length - counts.none });
      planLine = {
        year: plan.data.year,
        line: counts.sampleUpdates > 0 ? t('punct.twoSentences', { first: tasksLine, second: t('ddci.plan.countsOnlyReal', { count: counts.sampleUpdates }) }) : tasksLine,
      };
    }
    glance = {
      year: latest.year,
      overall: o && {
        score: score(o.score),
        rank: o.rank ?? '?',
        rankOf: latest.rankOf,
        group: o.group,
        change: c?.baseline ? { delta: c.delta, baselineYear: c.baseline.year, baselineScore: score(c.baseline.score) } : undefined,
      },
      plan: planLine,
    };
  }

  return {
    glance,
    overall: overallSection(d, locale),
    indicators: latest ? indicatorSection(d, locale, plan?.data.year) : undefined,
    plans: plansNewestFirst(d),
    units: unitCards(d, units, locale),
  };
}

function overallSection(d: Ddci, locale: Locale): OverviewOverall | undefined {
  const { t, score } = viewContext(d, locale);
  const L = localizedFor(locale);
  const years = d.years.flatMap((y) => (y.data.overall ? [{ year: y.data.year, rankOf: y.data.rankOf, o: y.data.overall }] : []));
  if (years.length === 0) return undefined;
  const point = (y: (typeof years)[number]) =>
    t(y.o.score === null ? 'ddci.overall.pointNoScore' : 'ddci.overall.point', { year: y.year, score: score(y.o.score), rank: y.o.rank ?? '?', of: y.rankOf });
  const svg = lineChart({
    id: 'ddci-overall',
    title: t('ddci.overall.chartTitle'),
    desc: years.map(point).join(' '),
    points: years.map((y) => ({ x: String(y.year), y: y.o.score, label: `${score(y.o.score)} · ${y.o.rank ?? '?'}/${y.rankOf}` })),
    step: 1,
    format: (n) => formatScore(n, locale).replace(/[.,]00$/, ''),
    unknown: t('ddci.unknown'),
  });
  const last = d.latest ? overallChangeOf(d, d.latest.data.year) : undefined;
  const summary = [
    ...years.map(point),
    ...(last?.delta != null ? [t(`ddci.overall.changeSentence.${direction(last.delta)}`, { year: last.year, delta: formatScore(Math.abs(last.delta), locale), prev: last.year - 1 })] : []),
  ].join(' ');
  const rows = d.years.map(({ data: y }): OverallRow => {
    const o = y.overall;
    const c = overallChangeOf(d, y.year);
    const stated = o?.statedRankChange;
    return {
      year: y.year,
      score: o ? score(o.score) : t('ddci.notGiven'),
      unknownScore: o?.score == null,
      rank: o?.rank != null ? `${o.rank}/${y.rankOf}` : undefined,
      rankChange:
        stated === undefined
          ? undefined
          : { dir: direction(stated), arrow: ARROWS[direction(stated)], text: t(`ddci.rankChange.${direction(stated)}`, { count: Math.abs(stated) }), note: t('ddci.rankChange.note', { prev: y.year - 1 }) },
      group: o?.group ?? null,
      change: c?.baseline ? { delta: c.delta } : undefined,
    };
  });
  return {
    svg,
    summary,
    rows,
    rankNotes: rows.flatMap((r) => (r.rankChange ? [{ year: r.year, text: r.rankChange.note }] : [])),
    overallNotes: d.years.flatMap(({ data: y }) => (y.overall?.note ? [{ year: y.year, note: L(y.overall.note) }] : [])),
    yearNotes: d.years.flatMap(({ data: y }) => (y.note ? [{ year: y.year, note: L(y.note) }] : [])),
  };
}

function indicatorSection(d: Ddci, locale: Locale, planYear: number | undefined): OverviewIndicators | undefined {
  const { t, score, name } = viewContext(d, locale);
  const latest = d.latest!.data;
  const rows = latest.indicators
    .map((r) => ({ r, c: changeOf(d, latest.year, r.indicator), def: d.indicators.get(r.indicator)?.data }))
    .sort((a, b) => (a.def?.number ?? 0) - (b.def?.number ?? 0));
  if (rows.length === 0) return undefined;
  const svg = dumbbellChart({
    id: 'ddci-indicators',
    title: t('ddci.indicators.chartTitle', { year: latest.year }),
    desc: t('ddci.indicators.chartDesc', { year: latest.year, prev: latest.year - 1 }),
    rows: rows.map(({ r, c }) => ({
      label: name(r.indicator).text,
      from: c?.baseline?.score ?? null,
      to: r.score,
      dir: c?.delta == null ? 'none' : direction(c.delta),
      deltaText: c?.delta == null ? t('ddci.change.newShort') : `${ARROWS[direction(c.delta)]} ${formatSigned(c.delta, locale)}`,
    })),
    step: 0.5,
    format: (n) => formatScore(n, locale).replace(/[.,]?0+$/, ''),
    legend: { from: t('ddci.indicators.legendFrom', { prev: latest.year - 1 }), to: t('ddci.indicators.legendTo', { year: latest.year }) },
  });
  const withChange = rows.filter((x) => x.c?.delta != null);
  const known = rows.filter((x) => x.r.score !== null);
  const best = [...known].sort((a, b) => b.r.score! - a.r.score!)[0];
  const worst = [...known].sort((a, b) => a.r.score! - b.r.score!)[0];
  const summary = t('ddci.indicators.summary', {
    count: rows.length,
    up: withChange.filter((x) => x.c!.delta! > 0).length,
    down: withChange.filter((x) => x.c!.delta! < 0).length,
    none: rows.length - withChange.length,
    best: best ? name(best.r.indicator).text : '',
    bestScore: best ? score(best.r.score) : '',
    worst: worst ? name(worst.r.indicator).text : '',
    worstScore: worst ? score(worst.r.score) : '',
  });
  return {
    year: latest.year,
    svg,
    summary,
    planYear,
    rows: rows.map(({ r, c }) => ({
      id: r.indicator,
      name: name(r.indicator),
      score: score(r.score),
      change: c?.baseline ? { delta: c.delta, baselineId: c.baseline.indicator!, baselineName: name(c.baseline.indicator!), baselineScore: score(c.baseline.score) } : undefined,
      rank: r.rank !== null ? `${r.rank}/${latest.rankOf}` : t('ddci.notGiven'),
      group: r.group,
      tasks:
        planYear === undefined
          ? []
          : tasksOfIndicator(d, r.indicator)
              .filter((x) => x.data.plan === planYear)
              .map((x) => ({ id: x.id, plan: x.data.plan, number: x.data.number, heading: t('ddci.task.heading', { plan: x.data.plan, number: x.data.number }), status: currentStatus(x.data) })),
    })),
  };
}
