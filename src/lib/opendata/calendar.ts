/**
 * iCalendar (RFC 5545) files of events, written by the `ics` package. Events are whole
 * days; DTSTAMP is the event's last content change, not the build time, so the file
 * only changes when the event does.
 */
import { createEvents, type EventAttributes } from 'ics';

export interface CalendarEvent {
  /** Globally unique and permanent, e.g. "events/<id>@songoaivu.langson.gov.vn". */
  uid: string;
  title: string;
  description: string;
  location: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day (inclusive), YYYY-MM-DD; same as start when absent. */
  end?: string;
  status: 'scheduled' | 'completed' | 'cancelled';
  url: string;
  /** Last change of the entry, YYYY-MM-DD. */
  modified: string;
  categories: string[];
}

type DateArray = [number, number, number];

function dateArray(iso: string, addDays = 0): DateArray {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + addDays);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

export function icsCalendar(events: readonly CalendarEvent[], cal: { name: string; productId: string }): string {
  const attrs: EventAttributes[] = [...events]
    .sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid))
    .map((e) => ({
      uid: e.uid,
      title: e.title,
      description: `${e.description}\n\n${e.url}`,
      location: e.location,
      start: dateArray(e.start),
      // DTEND of an all-day event is the day after the last day (exclusive).
      end: dateArray(e.end ?? e.start, 1),
      status: e.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      url: e.url,
      categories: e.categories,
      // Numbers (ms since epoch) are written in UTC whatever the build machine's time zone.
      timestamp: Date.parse(`${e.modified}T00:00:00Z`),
      lastModified: Date.parse(`${e.modified}T00:00:00Z`),
    }));
  const { error, value } = createEvents(attrs, { productId: cal.productId, calName: cal.name, method: 'PUBLISH' });
  if (error || !value) throw new Error(`calendar could not be written: ${error?.message ?? 'no output'}`);
  return value;
}
