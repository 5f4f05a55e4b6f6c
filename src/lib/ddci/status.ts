/**
 * Where a task stands: the status of its newest progress update (ties: the one written
 * last), and who carries it out, gathered from the bullets of "Thực hiện".
 */
import type { DdciTask, DdciUpdate } from '../../schemas/ddci.ts';

export type TaskStatus = DdciUpdate['status'];

export interface CurrentStatus {
  /** null when no progress has been reported. */
  status: TaskStatus | null;
  /** Date of the update that set it. */
  date: string | undefined;
  /** True when that update is an illustrative sample. */
  sample: boolean;
}

/** Updates newest first; among the same date, the one written later in the file comes first. */
export function updatesNewestFirst(updates: readonly DdciUpdate[]): DdciUpdate[] {
  return updates
    .map((u, i) => ({ u, i }))
    .sort((a, b) => b.u.date.localeCompare(a.u.date) || b.i - a.i)
    .map((x) => x.u);
}

export function currentStatus(task: Pick<DdciTask, 'updates'>): CurrentStatus {
  const latest = updatesNewestFirst(task.updates)[0];
  return latest ? { status: latest.status, date: latest.date, sample: latest.sample } : { status: null, date: undefined, sample: false };
}

/** Units that lead any bullet, then units only named as partners, in order of first mention. */
export function taskUnits(task: Pick<DdciTask, 'implementation'>): { lead: string[]; partners: string[] } {
  const lead: string[] = [];
  const partners: string[] = [];
  for (const a of task.implementation) for (const u of a.lead) if (!lead.includes(u)) lead.push(u);
  for (const a of task.implementation) for (const u of a.partners) if (!lead.includes(u) && !partners.includes(u)) partners.push(u);
  return { lead, partners };
}

/** Status keys in display order; "none" counts tasks without any report. */
export const STATUS_ORDER = ['done', 'ongoing', 'in-progress', 'not-started', 'none'] as const;
export type StatusKey = (typeof STATUS_ORDER)[number];

/**
 * How far a plan's tasks have come, counting only the department's own (sourced) reports:
 * a sample update illustrates the format and is never progress. `sampleUpdates` says how many
 * sample updates the tasks carry, so a summary can name them instead of hiding them.
 */
export function statusCounts(tasks: readonly Pick<DdciTask, 'updates'>[]): Record<StatusKey, number> & { sampleUpdates: number } {
  const counts = Object.fromEntries(STATUS_ORDER.map((k) => [k, 0])) as Record<StatusKey, number>;
  let sampleUpdates = 0;
  for (const t of tasks) {
    counts[currentStatus({ updates: t.updates.filter((u) => !u.sample) }).status ?? 'none']++;
    sampleUpdates += t.updates.filter((u) => u.sample).length;
  }
  return { ...counts, sampleUpdates };
}
