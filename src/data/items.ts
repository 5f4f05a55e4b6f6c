/**
 * One uniform view of every listable entry, built once per build from the content
 * collections and memoised: pages, facets, related links and feeds all read it, so
 * no collection is read or joined twice.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { LocalizedText } from '../lib/localized.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';
import { LIST_SECTIONS, type FacetKey, type ListSectionKey } from '../lib/sections.ts';
import { byDateDesc, calendarDay, yearOf } from '../lib/dates.ts';
import { entryPath } from '../lib/urls.ts';

type MdxSection = 'policies' | 'mous' | 'trade-agreements' | 'events';
/** A renderable MDX entry: a Vietnamese original or one of its translations. */
export type MdxEntry = CollectionEntry<MdxSection> | CollectionEntry<`${MdxSection}-tr`>;
export const MDX_SECTIONS: readonly ListSectionKey[] = ['policies', 'mous', 'trade-agreements', 'events'];

export interface Update {
  date: string;
  note: LocalizedText;
  major: boolean;
}

export interface Item {
  section: ListSectionKey;
  id: string;
  /** Locale-independent path, e.g. "/policies/x/". */
  path: string;
  title: LocalizedText;
  summary: LocalizedText;
  /** Date lists sort by (publication, signature, issue, start or last check). */
  date: string;
  /** Last change of the Vietnamese original. */
  modified: string;
  sample: boolean;
  /** Facet values, each a list (an entry may have several topics). */
  facets: Partial<Record<FacetKey, string[]>>;
  unit?: string;
  sourceDocument?: string;
  related: string[];
  updates: Update[];
  /** Whether a translation exists per locale (Vietnamese always true). */
  translated: Record<Locale, boolean>;
  /** Translation older than the Vietnamese original's last update. */
  outdated: Record<Locale, boolean>;
  /** The Vietnamese data, shape depending on the section. */
  data: Record<string, any>;
  /** MDX entries to render, per locale that has one. */
  mdx?: Partial<Record<Locale, MdxEntry>>;
}

const PRIMARY_DATE: Record<ListSectionKey, string> = {
  policies: 'published',
  mous: 'signed',
  'trade-agreements': 'inForceVietnam',
  documents: 'issued',
  events: 'start',
  procedures: 'updated',
  services: 'updated',
  faq: 'updated',
};

function facetsOf(section: ListSectionKey, d: Record<string, any>, date: string): Item['facets'] {
  const f: Item['facets'] = { year: [String(yearOf(date))] };
  if (d.status) f.status = [d.status];
  if (Array.isArray(d.topics)) f.topic = d.topics;
  if (section === 'faq') f.topic = [d.topic];
  if (d.unit) f.unit = [d.unit];
  if (section === 'mous') f.country = [...new Set<string>(d.partners.map((p: { country: string }) => p.country.toLowerCase()))];
  if (section === 'events') f.kind = [d.kind];
  if (section === 'documents') f.type = [d.type];
  return f;
}

/** Fields every item takes the same way from its Vietnamese data, whatever the format. */
function sharedFields(section: ListSectionKey, id: string, d: Record<string, any>) {
  const date: string = d[PRIMARY_DATE[section]];
  return {
    section,
    id,
    path: entryPath(section, id),
    date,
    sample: d.sample as boolean,
    facets: facetsOf(section, d, date),
    unit: d.unit as string | undefined,
    sourceDocument: d.sourceDocument as string | undefined,
    related: (d.related ?? []) as string[],
    updates: (d.updates ?? []) as Update[],
    data: d,
  };
}

async function loadMdx(section: MdxSection): Promise<Item[]> {
  const originals = await getCollection(section as any);
  const translations = await getCollection(`${section}-tr` as any);
  const trById = new Map(translations.map((t: any) => [t.id as string, t]));
  return originals.map((e: any) => {
    const d = e.data;
    const tr = { zh: trById.get(`zh/${e.id}`), en: trById.get(`en/${e.id}`) } as Record<'zh' | 'en', any>;
    const modified = d.updated ?? d.published;
    const title: LocalizedText = { vi: d.title, zh: tr.zh?.data.title, en: tr.en?.data.title };
    const summary: LocalizedText = { vi: d.summary, zh: tr.zh?.data.summary, en: tr.en?.data.summary };
    return {
      ...sharedFields(section, e.id, d),
      title,
      summary,
      modified,
      translated: { vi: true, zh: Boolean(tr.zh), en: Boolean(tr.en) },
      outdated: {
        vi: false,
        zh: Boolean(tr.zh && tr.zh.data.translated < modified),
        en: Boolean(tr.en && tr.en.data.translated < modified),
      },
      mdx: { vi: e, zh: tr.zh, en: tr.en },
    } satisfies Item;
  });
}

async function loadRecords(section: Exclude<ListSectionKey, MdxSection>): Promise<Item[]> {
  const entries = await getCollection(section as any);
  return entries.map((e: any) => {
    const d = e.data;
    const title: LocalizedText = section === 'faq' ? d.question : d.title;
    const summary: LocalizedText = section === 'faq' ? d.answer : d.summary;
    const date = d[PRIMARY_DATE[section]];
    const texts = [title, summary];
    return {
      ...sharedFields(section, e.id, d),
      title,
      summary,
      // A document issued in a known month only still needs a day for feeds and lastModified.
      modified: d.updated ?? calendarDay(date),
      translated: Object.fromEntries(LOCALES.map((l) => [l, texts.every((t) => Boolean(t[l]))])) as Record<Locale, boolean>,
      outdated: { vi: false, zh: false, en: false },
    } satisfies Item;
  });
}

let cache: Promise<Map<ListSectionKey, Item[]>> | undefined;
let registerCache: Item[] = [];

/** A restricted document is verifiable at /v/<CODE>/ only: no list, feed, search or dataset names it. */
export function isUnlisted(item: Item): boolean {
  return item.section === 'documents' && item.data.visibility === 'restricted';
}

/** Every listable entry per section, newest first. Read once per build. Restricted documents are left out. */
export function allSections(): Promise<Map<ListSectionKey, Item[]>> {
  cache ??= (async () => {
    const map = new Map<ListSectionKey, Item[]>();
    for (const { key } of LIST_SECTIONS) {
      const items = MDX_SECTIONS.includes(key) ? await loadMdx(key as MdxSection) : await loadRecords(key as any);
      items.sort(byDateDesc((i) => i.date, (i) => i.id));
      if (key === 'documents') registerCache = items;
      map.set(key, items.filter((i) => !isUnlisted(i)));
    }
    return map;
  })();
  return cache;
}

/** Every registered document, restricted ones included: for the verification pages (/v/) only. */
export async function registerItems(): Promise<Item[]> {
  await allSections();
  return registerCache;
}

export async function sectionItems(section: ListSectionKey): Promise<Item[]> {
  return (await allSections()).get(section) ?? [];
}

let byRef: Promise<Map<string, Item>> | undefined;

/**
 * An entry by its reference ("policies/x"). Related links, source documents and DDCI
 * tasks look entries up on nearly every page: an index keeps that constant-time instead
 * of a scan of the section per lookup (quadratic in the number of entries).
 */
export async function findItem(ref: string): Promise<Item | undefined> {
  byRef ??= allItems().then((all) => new Map(all.map((i) => [`${i.section}/${i.id}`, i])));
  return (await byRef).get(ref);
}

export async function allItems(): Promise<Item[]> {
  return [...(await allSections()).values()].flat();
}

let unitCache: Promise<Map<string, CollectionEntry<'units'>['data'] & { id: string }>> | undefined;

/** Units by id, ordered as the department lists them. */
export function units(): Promise<Map<string, CollectionEntry<'units'>['data'] & { id: string }>> {
  unitCache ??= getCollection('units').then(
    (list) => new Map(list.sort((a, b) => a.data.order - b.data.order).map((u) => [u.id, { ...u.data, id: u.id }])),
  );
  return unitCache;
}

let newest: Promise<string> | undefined;
/** Newest modification date of any content, shown as the site's "last updated". */
export function lastModified(): Promise<string> {
  // Every page's footer shows it: computed once, not once per page over every entry.
  // DDCI progress reports are dated content too: the footer must never be older than them.
  newest ??= Promise.all([allItems(), getCollection('ddci-tasks')]).then(([all, tasks]) =>
    [...all.map((i) => i.modified), ...tasks.flatMap((t) => t.data.updates.map((u) => u.date))].reduce((max, d) => (d > max ? d : max), '1970-01-01'),
  );
  return newest;
}
