/**
 * One uniform view of every listable entry, built once per build from the content
 * collections and memoised: pages, facets, related links and feeds all read it, so
 * no collection is read or joined twice.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { LocalizedText } from '../lib/localized.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';
import { LIST_SECTIONS, type FacetKey, type ListSectionKey } from '../lib/sections.ts';
import { COLLECTIONS, type Listing, type MdxSectionKey } from '../schemas/index.ts';
import { byDateDesc, calendarDay, yearOf } from '../lib/dates.ts';
import { entryPath } from '../lib/urls.ts';

type MdxSection = MdxSectionKey;
/** A renderable MDX entry: a Vietnamese original or one of its translations. */
export type MdxEntry = CollectionEntry<MdxSection> | CollectionEntry<`${MdxSection}-tr`>;
export const MDX_SECTIONS = LIST_SECTIONS.map((s) => s.key).filter((k): k is MdxSection => COLLECTIONS[k].format === 'mdx');

export interface Update {
  date: string;
  note: LocalizedText;
  major: boolean;
}

/** The Vietnamese data of an entry of each section: the output type of its schema. */
export type SectionData = { [S in ListSectionKey]: CollectionEntry<S>['data'] };

interface ItemFields {
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
  /** MDX entries to render, per locale that has one. */
  mdx?: Partial<Record<Locale, MdxEntry>>;
}

/**
 * A listed entry. `section` tells the shape of `data` (its schema's type): test
 * `item.section === 'mous'` and `item.data.partners` is typed.
 */
export type Item<S extends ListSectionKey = ListSectionKey> = { [K in S]: ItemFields & { section: K; data: SectionData[K] } }[S];

/** The fields the loaders read the same way in every section (each optional somewhere). */
interface Common {
  sample: boolean;
  updated?: string;
  unit?: string;
  sourceDocument?: string;
  related?: string[];
  updates?: Update[];
}

/** Fields every item takes the same way from its Vietnamese data, whatever the format. */
function sharedFields<S extends ListSectionKey>(section: S, id: string, d: SectionData[S]) {
  // COLLECTIONS[section] is the definition of that very section: its listing takes this data.
  const rule = COLLECTIONS[section].listing as unknown as Listing<SectionData[S]>;
  const date = rule.date(d);
  const c: Common = d;
  return {
    section,
    id,
    path: entryPath(section, id),
    date,
    sample: c.sample,
    facets: { year: [String(yearOf(date))], ...rule.facetValues(d) },
    unit: c.unit,
    sourceDocument: c.sourceDocument,
    related: c.related ?? [],
    updates: c.updates ?? [],
    data: d,
  };
}

async function loadMdx<S extends MdxSection>(section: S): Promise<Item<S>[]> {
  const originals: CollectionEntry<MdxSection>[] = await getCollection(section);
  const translations: CollectionEntry<`${MdxSection}-tr`>[] = await getCollection(`${section}-tr`);
  const trById = new Map(translations.map((t) => [t.id, t]));
  return originals.map((e) => {
    const d = e.data;
    const tr = { zh: trById.get(`zh/${e.id}`), en: trById.get(`en/${e.id}`) };
    const modified = ('updated' in d && d.updated) || d.published;
    const title: LocalizedText = { vi: d.title, zh: tr.zh?.data.title, en: tr.en?.data.title };
    const summary: LocalizedText = { vi: d.summary, zh: tr.zh?.data.summary, en: tr.en?.data.summary };
    const item: ItemFields & { section: S; data: SectionData[S] } = {
      ...sharedFields(section, e.id, d as SectionData[S]),
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
    };
    return item as Item<S>;
  });
}

type RecordSection = Exclude<ListSectionKey, MdxSection>;

async function loadRecords<S extends RecordSection>(section: S): Promise<Item<S>[]> {
  const entries: CollectionEntry<RecordSection>[] = await getCollection(section);
  return entries.map((e) => {
    const d = e.data;
    const listing = COLLECTIONS[section].listing as unknown as Listing<SectionData[S]>;
    const { title, summary } = listing.texts?.(d as SectionData[S]) ?? (d as { title: LocalizedText; summary: LocalizedText });
    const shared = sharedFields(section, e.id, d as SectionData[S]);
    const texts = [title, summary];
    const item: ItemFields & { section: S; data: SectionData[S] } = {
      ...shared,
      title,
      summary,
      // A document issued in a known month only still needs a day for feeds and lastModified.
      modified: ('updated' in d && d.updated) || calendarDay(shared.date),
      translated: Object.fromEntries(LOCALES.map((l) => [l, texts.every((t) => Boolean(t[l]))])) as Record<Locale, boolean>,
      outdated: { vi: false, zh: false, en: false },
    };
    return item as Item<S>;
  });
}

/** The entry's status (in force, signed, valid…), in the sections that have one. */
export function statusOf(item: Item): Extract<Item['data'], { status: string }>['status'] | undefined {
  return 'status' in item.data ? item.data.status : undefined;
}

const isMdx = (key: ListSectionKey): key is MdxSection => COLLECTIONS[key].format === 'mdx';

let cache: Promise<Map<ListSectionKey, Item[]>> | undefined;
let registerCache: Item<'documents'>[] = [];

/** A restricted document is verifiable at /v/<CODE>/ only: no list, feed, search or dataset names it. */
export function isUnlisted<S extends ListSectionKey>(item: Item<S>): boolean {
  // COLLECTIONS[item.section] is the definition of that very section: it takes this data.
  const listing = COLLECTIONS[item.section].listing as unknown as Listing<SectionData[S]>;
  return listing.unlisted?.(item.data as SectionData[S]) ?? false;
}

/** Every listable entry per section, newest first. Read once per build. Restricted documents are left out. */
export function allSections(): Promise<Map<ListSectionKey, Item[]>> {
  cache ??= (async () => {
    const map = new Map<ListSectionKey, Item[]>();
    for (const { key } of LIST_SECTIONS) {
      const items: Item[] = isMdx(key) ? await loadMdx(key) : await loadRecords(key);
      items.sort(byDateDesc((i) => i.date, (i) => i.id));
      if (key === 'documents') registerCache = items as Item<'documents'>[];
      map.set(key, items.filter((i) => !isUnlisted(i)));
    }
    return map;
  })();
  return cache;
}

/** Every registered document, restricted ones included: for the verification pages (/v/) only. */
export async function registerItems(): Promise<Item<'documents'>[]> {
  await allSections();
  return registerCache;
}

export async function sectionItems<S extends ListSectionKey>(section: S): Promise<Item<S>[]> {
  // allSections() files each section's items under its own key.
  return ((await allSections()).get(section) ?? []) as Item<S>[];
}

let byRef: Promise<Map<string, Item>> | undefined;

/**
 * An entry by its reference ("policies/x"). Related links, source documents and DDCI
 * tasks look entries up on nearly every page: an index keeps that constant-time instead
 * of a scan of the section per lookup (quadratic in the number of entries).
 */
export async function findItem<S extends ListSectionKey>(ref: `${S}/${string}`): Promise<Item<S> | undefined>;
export async function findItem(ref: string): Promise<Item | undefined>;
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
