/** Atom feed of one section in a locale, e.g. /policies/feed.xml, /zh/policies/feed.xml. */
import type { APIRoute } from 'astro';
import { atomFeed } from '../../../data/feeds.ts';
import { LOCALES, langParam, type Locale } from '../../../lib/locales.ts';
import { LIST_SECTIONS, type ListSectionKey } from '../../../lib/sections.ts';
import { contentType } from '../../../lib/opendata/paths.ts';

export function getStaticPaths() {
  return LOCALES.flatMap((locale) =>
    LIST_SECTIONS.map(({ key }) => ({ params: { lang: langParam(locale), section: key }, props: { locale, section: key } })),
  );
}

export const GET: APIRoute = async ({ props }) =>
  new Response(await atomFeed(props.locale as Locale, props.section as ListSectionKey), { headers: { 'Content-Type': contentType('feed.xml') } });
