/**
 * Feeds and calendars in a reader's language, from the same items as the pages:
 * Atom feeds of the whole site and of each section (major updates included as items
 * of their own), and iCalendar files of events.
 */
import { allItems, sectionItems, units, type Item } from './items.ts';
import { SITE, itemModified } from './opendata.ts';
import { atomXml } from '../lib/opendata/atom.ts';
import { icsCalendar, type CalendarEvent } from '../lib/opendata/calendar.ts';
import { dayStart, feedEntries, type FeedSource } from '../lib/opendata/feed-entries.ts';
import { latestDate } from '../lib/opendata/dataset.ts';
import { getT } from '../lib/i18n.ts';
import { text } from '../lib/localized.ts';
import { HTML_LANG, type Locale } from '../lib/locales.ts';
import { formatDateShort } from '../lib/dates.ts';
import type { ListSectionKey } from '../lib/sections.ts';
import { localePath } from '../lib/urls.ts';
import { routes } from '../lib/routes.ts';

const abs = (path: string) => new URL(path, SITE).href;


function source(item: Item, locale: Locale): FeedSource {
  const t = getT(locale);
  const topics = 'topics' in item.data ? item.data.topics : [];
  return {
    section: item.section,
    id: item.id,
    path: item.path,
    title: item.title,
    summary: item.summary,
    published: 'published' in item.data ? item.data.published : undefined,
    modified: itemModified(item),
    updates: item.updates,
    categories: [{ term: item.section, label: t(`section.${item.section}`) }, ...topics.map((x) => ({ term: x, label: t(`topic.${x}`) }))],
    ...(item.section === 'documents' && item.data.status !== 'valid' && item.data.statusDate ? { statusChange: statusChange(item, locale) } : {}),
  };
}

/** How a revoked, superseded or expired document is announced, in the feed's language. */
function statusChange(item: Item<'documents'>, locale: Locale): NonNullable<FeedSource['statusChange']> {
  const t = getT(locale);
  const status = t(`status.${item.data.status}`);
  const date = item.data.statusDate as string;
  const note = item.data.statusReason;
  // The schema requires a reason for every status but valid; this only narrows the type.
  if (!note) throw new Error(`documents/${item.id}: statusReason is required when status is "${item.data.status}"`);
  return {
    date,
    prefix: t('feed.status.prefix', { status, date: formatDateShort(date, locale) }),
    title: (title) => t('feed.status.title', { status, title }),
    note,
  };
}

/** Feed path of the whole site (no section) or of one section, in a locale. */
export function feedPath(locale: Locale, section?: ListSectionKey): string {
  return localePath(locale, routes.feed(section));
}

export async function atomFeed(locale: Locale, section?: ListSectionKey): Promise<string> {
  const t = getT(locale);
  const items = section ? await sectionItems(section) : await allItems();
  const entries = feedEntries(items.map((i) => source(i, locale)), locale, SITE, { update: t('opendata.feed.update') });
  const contact = [...(await units()).values()][0];
  const newest = latestDate(items.map(itemModified));
  return atomXml({
    id: abs(feedPath(locale, section)),
    title: section ? `${t(`section.${section}`)} – ${t('site.name')}` : t('site.name'),
    subtitle: section ? t(`intro.${section}`) : t('site.tagline'),
    lang: HTML_LANG[locale],
    // The newest content date, never the build time: an unchanged site gives an unchanged feed.
    updated: entries[0]?.updated ?? dayStart(newest ?? '2000-01-01'),
    self: abs(feedPath(locale, section)),
    alternate: abs(localePath(locale, section ? routes.list(section) : routes.home())),
    author: { name: t('site.name'), ...(contact ? { email: contact.email } : {}), uri: abs(localePath(locale, routes.home())) },
    rights: t('footer.license'),
    icon: abs('/favicon.svg'),
    entries,
  });
}

/** Path of one event's calendar file in a locale. */
export function eventIcsPath(locale: Locale, id: string): string {
  return localePath(locale, routes.calendar(id));
}

function calendarEvent(item: Item<'events'>, locale: Locale): CalendarEvent {
  const t = getT(locale);
  const d = item.data;
  return {
    uid: `events-${item.id}@${new URL(SITE).hostname}`,
    title: text(item.title, locale),
    description: text(item.summary, locale),
    location: text(d.location, locale),
    start: d.start,
    ...(d.end ? { end: d.end } : {}),
    status: d.status,
    url: abs(localePath(locale, item.path)),
    modified: itemModified(item),
    categories: [t(`eventKind.${d.kind}`)],
  };
}

/** iCalendar of every event, or of one event when `id` is given. */
export async function eventsIcs(locale: Locale, id?: string): Promise<string> {
  const t = getT(locale);
  const events = (await sectionItems('events')).filter((i) => !id || i.id === id);
  if (id && events.length === 0) throw new Error(`no event "${id}"`);
  const name = id ? text(events[0]!.title, locale) : `${t('section.events')} – ${t('site.name')}`;
  return icsCalendar(
    events.map((e) => calendarEvent(e, locale)),
    { name, productId: `-//${new URL(SITE).hostname}//events//${locale.toUpperCase()}` },
  );
}
