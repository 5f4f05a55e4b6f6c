/**
 * The view model of each DDCI page in one locale: the collections (through `ddci()`, the
 * units and the registered plan documents) handed to the pure builders in
 * src/lib/ddci/views/, which unit tests run on fixtures. The pages only lay these out.
 */
import { ddci } from './ddci.ts';
import { findItem, units, type Item } from './items.ts';
import type { Locale } from '../lib/locales.ts';
import type { DdciPlan, DdciTask } from '../schemas/ddci.ts';
import type { WithId } from '../lib/ddci/model.ts';
import { overviewView, type OverviewView } from '../lib/ddci/views/overview.ts';
import { indicatorView, type IndicatorView } from '../lib/ddci/views/indicator.ts';
import { indicatorsView, type FrameworkTable } from '../lib/ddci/views/indicators.ts';
import { planView, plansNewestFirst, type PlanView } from '../lib/ddci/views/plan.ts';
import { unitCards, unitView, type UnitCard, type UnitView } from '../lib/ddci/views/units.ts';

/** The registered document a DDCI record cites (undefined when it is not in the register). */
type SourceDocument = Item<'documents'> | undefined;

const sourceDocument = (id: string): Promise<SourceDocument> => findItem(`documents/${id}`);

export async function overviewPage(locale: Locale): Promise<OverviewView> {
  return overviewView(await ddci(), [...(await units()).values()], locale);
}

export async function indicatorsPage(locale: Locale): Promise<FrameworkTable[]> {
  return indicatorsView(await ddci(), locale);
}

export async function indicatorPage(id: string, locale: Locale): Promise<IndicatorView & { doc: SourceDocument }> {
  const view = indicatorView(await ddci(), id, locale);
  return { ...view, doc: await sourceDocument(view.indicator.source) };
}

export async function plansPage(): Promise<{ plan: WithId<DdciPlan>; tasks: WithId<DdciTask>[]; number: string | undefined }[]> {
  return Promise.all(plansNewestFirst(await ddci()).map(async (p) => ({ ...p, number: (await sourceDocument(p.plan.data.source))?.data.number })));
}

/** `newest` falls back to the date of the plan's document when no task reports progress yet. */
export async function planPage(year: number, locale: Locale): Promise<PlanView & { doc: SourceDocument }> {
  const view = planView(await ddci(), year, locale);
  const doc = await sourceDocument(view.plan.source);
  return { ...view, newest: view.newest ?? doc?.date, doc };
}

export async function unitsPage(locale: Locale): Promise<UnitCard[]> {
  return unitCards(await ddci(), [...(await units()).values()], locale);
}

export async function unitPage(id: string, locale: Locale): Promise<UnitView> {
  return unitView(await ddci(), (await units()).get(id)!, locale);
}
