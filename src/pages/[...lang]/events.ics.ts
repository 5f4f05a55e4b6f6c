/** Every event as an iCalendar file: /events.ics, /zh/events.ics, /en/events.ics. */
import type { APIRoute } from 'astro';
import { eventsIcs } from '../../data/feeds.ts';
import { localeStaticPaths, type Locale } from '../../lib/locales.ts';
import { contentType } from '../../lib/opendata/paths.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await eventsIcs(props.locale as Locale), { headers: { 'Content-Type': contentType('events.ics') } });
