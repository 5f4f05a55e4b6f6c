/** Every event as an iCalendar file: /events.ics, /zh/events.ics, /en/events.ics. */
import type { APIRoute } from 'astro';
import { eventsIcs } from '../../data/feeds.ts';
import type { Locale } from '../../lib/locales.ts';
import { contentType } from '../../lib/opendata/paths.ts';
import { pathsOf } from '../../data/route-table.ts';

export const getStaticPaths = pathsOf('calendar');

export const GET: APIRoute = async ({ props }) =>
  new Response(await eventsIcs(props.locale as Locale), { headers: { 'Content-Type': contentType('events.ics') } });
