/** One event as an iCalendar file, linked from its page: /events/<id>.ics (and /zh/, /en/). */
import type { APIRoute } from 'astro';
import { sectionItems } from '../../../data/items.ts';
import { eventsIcs } from '../../../data/feeds.ts';
import { LOCALES, langParam, type Locale } from '../../../lib/locales.ts';
import { contentType } from '../../../lib/opendata/paths.ts';

export async function getStaticPaths() {
  const events = await sectionItems('events');
  return LOCALES.flatMap((locale) => events.map((e) => ({ params: { lang: langParam(locale), id: e.id }, props: { locale } })));
}

export const GET: APIRoute = async ({ params, props }) =>
  new Response(await eventsIcs(props.locale as Locale, params.id!), { headers: { 'Content-Type': contentType('event.ics') } });
