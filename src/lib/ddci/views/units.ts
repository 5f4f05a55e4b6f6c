/** /ddci/units/ and /ddci/units/<id>/ in one locale: what each unit leads or supports. */
import type { DdciTask } from '../../../schemas/ddci.ts';
import type { Locale } from '../../locales.ts';
import { localizedFor, type LocalizedText } from '../../localized.ts';
import { tasksOfUnit, type Ddci } from '../model.ts';
import { currentStatus, type CurrentStatus } from '../status.ts';
import { viewContext, type Shown } from './common.ts';

export interface UnitRef {
  id: string;
  name: LocalizedText;
}

export interface UnitCard {
  id: string;
  name: Shown;
  /** Tasks the unit leads, and tasks it only supports. */
  lead: number;
  partner: number;
}

/** Every unit (in the order given) with its task counts. */
export function unitCards(d: Ddci, units: readonly UnitRef[], locale: Locale): UnitCard[] {
  const L = localizedFor(locale);
  return units.map((u) => {
    const tasks = tasksOfUnit(d, u.id);
    return { id: u.id, name: L(u.name), lead: tasks.filter((x) => x.role === 'lead').length, partner: tasks.filter((x) => x.role === 'partner').length };
  });
}

export interface UnitTaskRow {
  id: string;
  heading: string;
  indicator: { id: string; name: Shown };
  /** The bullets of "Thực hiện" that name the unit in its role. */
  bullets: Shown[];
  role: 'lead' | 'partner';
  status: CurrentStatus;
}

export interface UnitView extends UnitCard {
  /** The unit's tasks by plan, newest plan first. */
  plans: { year: number; tasks: UnitTaskRow[] }[];
}

export function unitView(d: Ddci, unit: UnitRef, locale: Locale): UnitView {
  const { t, name } = viewContext(d, locale);
  const L = localizedFor(locale);
  const mine = tasksOfUnit(d, unit.id);
  const years = [...new Set(mine.map((x) => x.task.data.plan))].sort((a, b) => b - a);
  const lead = mine.filter((x) => x.role === 'lead').length;
  const row = ({ task, role }: { task: { id: string; data: DdciTask }; role: 'lead' | 'partner' }): UnitTaskRow => ({
    id: task.id,
    heading: t('ddci.task.heading', { plan: task.data.plan, number: task.data.number }),
    indicator: { id: task.data.indicator, name: name(task.data.indicator) },
    bullets: task.data.implementation.filter((a) => (role === 'lead' ? a.lead : a.partners).includes(unit.id)).map((a) => L(a.text)),
    role,
    status: currentStatus(task.data),
  });
  return {
    id: unit.id,
    name: L(unit.name),
    lead,
    partner: mine.length - lead,
    plans: years.map((year) => ({ year, tasks: mine.filter((x) => x.task.data.plan === year).map(row) })),
  };
}
