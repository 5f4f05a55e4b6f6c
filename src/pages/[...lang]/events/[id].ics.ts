/** One event as an iCalendar file, linked from its page: /events/<id>.ics (and /zh/, /en/). */
import type { APIRoute } from 'astro';
import { eventsIcs } from '../../../data/feeds.ts';
import type { Locale } from '../../../lib/locales.ts';
import { contentType } from '../../../lib/opendata/paths.ts';
import { pathsOf } from '../../../data/route-table.ts';

export const getStaticPaths = pathsOf('event-calendar');

export const GET: APIRoute = async ({ params, props }) =>
  new Response(await eventsIcs(props.locale as Locale, params.id!), { headers: { 'Content-Type': contentType('event.ics') } });
