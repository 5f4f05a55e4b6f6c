/** Atom feed of new and updated entries of every section: /feed.xml, /zh/feed.xml, /en/feed.xml. */
import type { APIRoute } from 'astro';
import { atomFeed } from '../../data/feeds.ts';
import { localeStaticPaths, type Locale } from '../../lib/locales.ts';
import { contentType } from '../../lib/opendata/paths.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await atomFeed(props.locale as Locale), { headers: { 'Content-Type': contentType('feed.xml') } });
