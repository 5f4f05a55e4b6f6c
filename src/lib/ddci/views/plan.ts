/**
 * /ddci/plans/<year>/ and the plan cards in one locale: a plan's tasks and how far they
 * have come (counts, the sentence that sums them up, the stacked bar).
 */
import type { DdciPlan, DdciTask } from '../../../schemas/ddci.ts';
import type { Locale } from '../../locales.ts';
import { localizedFor, type LocalizedText } from '../../localized.ts';
import { stackedBar } from '../charts.ts';
import { planOf, type Ddci, type WithId } from '../model.ts';
import { statusCounts, STATUS_ORDER, updatesNewestFirst, type StatusKey } from '../status.ts';
import { viewContext, type Shown } from './common.ts';

export interface PlanView {
  year: number;
  plan: DdciPlan;
  title: string;
  tasks: WithId<DdciTask>[];
  /** How many tasks stand at each status, in display order (sourced reports only). */
  counts: { key: StatusKey; count: number }[];
  /** Sample updates the tasks carry, which the counts leave out. */
  samples: number;
  /** The counts in one sentence, with a word on sample updates when there are any. */
  summary: string;
  svg: string;
  /** Newest progress update of the plan's tasks (the page falls back to the plan's document date). */
  newest: string | undefined;
  note: Shown | undefined;
  organisation: Shown[];
  /** Indicator names by id, for the task headings. */
  indicatorNames: Map<string, LocalizedText>;
}

export function planTasks(d: Ddci, year: number): WithId<DdciTask>[] {
  return d.tasks.filter((x) => x.data.plan === year);
}

/** Every plan, newest first, with its tasks (the plan cards of /ddci/ and /ddci/plans/). */
export function plansNewestFirst(d: Ddci): { plan: WithId<DdciPlan>; tasks: WithId<DdciTask>[] }[] {
  return [...d.plans].reverse().map((plan) => ({ plan, tasks: planTasks(d, plan.data.year) }));
}

export function planView(d: Ddci, year: number, locale: Locale): PlanView {
  const { t } = viewContext(d, locale);
  const L = localizedFor(locale);
  const plan = planOf(d, year)!.data;
  const tasks = planTasks(d, year);
  const counts = statusCounts(tasks.map((x) => x.data));
  const progress = t('ddci.plan.progressSummary', {
    count: tasks.length,
    list: STATUS_ORDER.filter((k) => counts[k] > 0)
      .map((k) => `${t(`ddci.status.${k}`)}${t('punct.colon')}${counts[k]}`)
      .join(t('punct.listSep')),
  });
  return {
    year,
    plan,
    title: t('ddci.plan.title', { year }),
    tasks,
    counts: STATUS_ORDER.map((key) => ({ key, count: counts[key] })),
    samples: counts.sampleUpdates,
    summary: counts.sampleUpdates > 0 ? t('punct.twoSentences', { first: progress, second: t('ddci.plan.countsOnlyReal', { count: counts.sampleUpdates }) }) : progress,
    svg: stackedBar({
      id: `ddci-plan-${year}`,
      title: t('ddci.plan.progressTitle'),
      desc: t('ddci.plan.progressDesc'),
      segments: STATUS_ORDER.map((k) => ({ key: k, value: counts[k] })),
    }),
    newest: updatesNewestFirst(tasks.flatMap((x) => x.data.updates))[0]?.date,
    note: plan.note ? L(plan.note) : undefined,
    organisation: plan.organisation.map((o) => L(o)),
    indicatorNames: new Map(
      tasks.flatMap((x) => {
        const i = d.indicators.get(x.data.indicator);
        return i ? [[x.data.indicator, i.data.name] as const] : [];
      }),
    ),
  };
}
