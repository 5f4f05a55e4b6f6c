/** Atom feed of one section in a locale, e.g. /policies/feed.xml, /zh/policies/feed.xml. */
import type { APIRoute } from 'astro';
import { atomFeed } from '../../../data/feeds.ts';
import type { Locale } from '../../../lib/locales.ts';
import type { ListSectionKey } from '../../../lib/sections.ts';
import { contentType } from '../../../lib/opendata/paths.ts';
import { pathsOf } from '../../../data/route-table.ts';

export const getStaticPaths = pathsOf('section-feed');

export const GET: APIRoute = async ({ props }) =>
  new Response(await atomFeed(props.locale as Locale, props.section as ListSectionKey), { headers: { 'Content-Type': contentType('feed.xml') } });
