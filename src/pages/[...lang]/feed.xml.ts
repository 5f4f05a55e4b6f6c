/** Atom feed of new and updated entries of every section: /feed.xml, /zh/feed.xml, /en/feed.xml. */
import type { APIRoute } from 'astro';
import { atomFeed } from '../../data/feeds.ts';
import type { Locale } from '../../lib/locales.ts';
import { contentType } from '../../lib/opendata/paths.ts';
import { pathsOf } from '../../data/route-table.ts';

export const getStaticPaths = pathsOf('feed');

export const GET: APIRoute = async ({ props }) =>
  new Response(await atomFeed(props.locale as Locale), { headers: { 'Content-Type': contentType('feed.xml') } });
