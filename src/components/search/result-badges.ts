/**
 * What a search result says about itself besides its title: its type, and a status that
 * changes what the reader can rely on (a revoked, superseded or expired document, an
 * expired policy, a terminated MOU, a cancelled event). That status is shown before the
 * title, in words; a status that changes nothing ("valid", "in force") is not repeated.
 */
import { NOT_IN_EFFECT } from '../../lib/status.ts';

export const WARNING_STATUSES = NOT_IN_EFFECT;

export function resultBadges(filters: Record<string, string[] | undefined>, meta: Record<string, string | undefined> = {}): { type?: string; status?: string } {
  const type = filters.type?.[0];
  const warns = (s: string | undefined): s is string => s !== undefined && WARNING_STATUSES.includes(s);
  // The index records a status as a filter (every entry) and, for one not in effect, as metadata.
  const status = warns(meta.status) ? meta.status : filters.status?.find(warns);
  return { ...(type ? { type } : {}), ...(status ? { status } : {}) };
}
