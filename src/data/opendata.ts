/**
 * Open data of the whole site, computed once per build: a list of dataset builders
 * (the content collections, then DDCI) feeds the pure publisher in src/lib/opendata,
 * and every endpoint (API files, catalogue) reads the same memoised result.
 */
import { COLLECTIONS, type CollectionDef, type CollectionName, type Listing } from '../schemas/index.ts';
import { translationSchema } from '../schemas/articles.ts';
import { allSections, sectionItems, units, type Item, type SectionData } from './items.ts';
import { ddciInput } from './ddci.ts';
import { buildDdciDatasets } from '../lib/ddci/datasets.ts';
import { conform, contentJsonSchema, recordSchemaFromZod, toRecordSchema, type JsonSchema } from '../lib/opendata/record-schema.ts';
import { latestDate, type Dataset, type DatasetBuilder, type DatasetRecord, type Text3 } from '../lib/opendata/dataset.ts';
import { publishOpenData, type Publication } from '../lib/opendata/publish.ts';
import { getT, type MessageKey } from '../lib/i18n.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';
import { localePath } from '../lib/urls.ts';
import { LIST_SECTIONS, type ListSectionKey } from '../lib/sections.ts';
import { contentRoot } from '../node/content-root.ts';
import { readLog } from '../node/register-log.ts';
import { getCollection } from 'astro:content';
import { betPath } from '../lib/search-pages.ts';
import { routes } from '../lib/routes.ts';

export const SITE = import.meta.env.SITE as string;
const abs = (path: string) => new URL(path, SITE).href;

/** A UI string in the three languages. */
export function t3(key: MessageKey): Text3 {
  const [vi, zh, en] = LOCALES.map((l: Locale) => getT(l)(key));
  return { vi: vi!, zh: zh ?? null, en: en ?? null };
}

const URI: JsonSchema = { type: 'string', format: 'uri' };
const URLS3: JsonSchema = {
  type: 'object',
  description: 'The page of this record on the website, in Vietnamese, Chinese and English.',
  properties: { vi: URI, zh: URI, en: URI },
  required: [...LOCALES],
  additionalProperties: false,
};
/** Identity fields every collection record starts with. */
const LEAD: Record<string, JsonSchema> = {
  id: { type: 'string', description: 'Stable id: the file name in content/, also used in page URLs.' },
  url: URLS3,
};

function urls3(path: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, abs(localePath(l, path))])) as Record<Locale, string>;
}

/** MDX translations translate these front-matter fields; open data shows them as { vi, zh, en }. */
const TRANSLATABLE = Object.keys(translationSchema.shape).filter((k) => k !== 'translated');

function sourceFile(name: CollectionName, id: string): string {
  const def = COLLECTIONS[name];
  return def.format === 'mdx' ? `content/${def.dir}/vi/${id}.mdx` : `content/${def.dir}/${id}.yaml`;
}

function recordSchema(name: CollectionName): JsonSchema {
  const def = COLLECTIONS[name];
  const d: CollectionDef = def;
  const rules: { omit?: string[]; extra?: Record<string, object> } = d.listing?.openData ?? {};
  return recordSchemaFromZod(def.schema, {
    translatable: def.format === 'mdx' ? TRANSLATABLE : [],
    omit: rules.omit,
    lead: LEAD,
    extra: rules.extra as Record<string, JsonSchema> | undefined,
  });
}

/** What a section publishes beyond its own fields (registry: listing.openData). */
function extraValues<S extends ListSectionKey>(item: Item<S>): Record<string, unknown> {
  // COLLECTIONS[item.section] is the definition of that very section: it takes this data.
  const listing = COLLECTIONS[item.section].listing as unknown as Listing<SectionData[S]>;
  return listing.openData?.values(item.data as SectionData[S], abs) ?? {};
}

function itemRecord(name: CollectionName, schema: JsonSchema, item: Item): DatasetRecord {
  const data: Record<string, unknown> = { ...item.data };
  if (COLLECTIONS[name].format === 'mdx') {
    const tr = (l: 'zh' | 'en') => (item.mdx?.[l] as { data: Record<string, unknown> } | undefined)?.data;
    for (const f of TRANSLATABLE) data[f] = { vi: data[f], zh: tr('zh')?.[f], en: tr('en')?.[f] };
  }
  const extra = extraValues(item);
  return conform(schema, { ...data, ...extra, id: item.id, url: urls3(item.path) }) as DatasetRecord;
}

/** Last change of an entry: its own date, a status change or a dated update. */
export function itemModified(item: Item): string {
  return latestDate([item.modified, 'statusDate' in item.data ? item.data.statusDate : undefined, ...item.updates.map((u) => u.date)]) ?? item.modified;
}

/** One dataset per content collection: the listed sections and the units. */
const collectionDatasets: DatasetBuilder = async () => {
  const sections = await allSections();
  const out: Dataset[] = [];
  for (const { key } of LIST_SECTIONS) {
    const name = key as ListSectionKey & CollectionName;
    const schema = recordSchema(name);
    const items = sections.get(key) ?? [];
    out.push({
      id: key,
      title: t3(`section.${key}`),
      description: t3(`intro.${key}`),
      schema,
      records: items.map((i) => itemRecord(name, schema, i)),
      lastModified: latestDate(items.map(itemModified)),
      page: routes.list(key),
      source: (id) => sourceFile(name, id),
    });
  }
  const unitSchema = recordSchema('units');
  const unitList = [...(await units()).values()];
  out.push({
    id: 'units',
    title: t3('opendata.units.title'),
    description: t3('opendata.units.description'),
    schema: unitSchema,
    records: unitList.map(({ id, ...data }) => conform(unitSchema, { ...data, id, url: urls3(routes.contact(id)) }) as DatasetRecord),
    // Units carry no dates of their own.
    lastModified: null,
    page: routes.contact(),
    source: (id) => sourceFile('units', id),
  });
  return out;
};

/**
 * YAML collections that are not sections: the glossary (each term's address is its anchor
 * on /glossary/) and the best bets of search (their address is the page they put first).
 */
const recordDatasets: DatasetBuilder = async () => {
  const defs: { name: 'glossary' | 'best-bets'; url: (id: string, data: Record<string, any>) => string; page: string }[] = [
    { name: 'glossary', url: (id) => routes.glossary(id), page: routes.glossary() },
    { name: 'best-bets', url: (_, d) => betPath(d.target), page: routes.search() },
  ];
  const out: Dataset[] = [];
  for (const { name, url, page } of defs) {
    const schema = recordSchema(name);
    const entries = (await getCollection(name)).sort((a, b) => a.id.localeCompare(b.id));
    out.push({
      id: name,
      title: t3(`opendata.${name}.title`),
      description: t3(`opendata.${name}.description`),
      schema,
      records: entries.map((e) => conform(schema, { ...(e.data as object), id: e.id, url: urls3(url(e.id, e.data as Record<string, any>)) }) as DatasetRecord),
      // Terms and best bets carry no dates of their own.
      lastModified: null,
      page,
      source: (id) => sourceFile(name, id),
    });
  }
  return out;
};

/** Where a DDCI record comes from, for error messages: results and plans are one file per year. */
function ddciSource(dataset: string, id: string): string {
  const year = id.split('-')[0];
  if (dataset === 'ddci-results' || dataset === 'ddci-overall') return `content/ddci/results/${year}.yaml`;
  if (dataset === 'ddci-indicators') return `content/ddci/indicators/${id}.yaml`;
  if (dataset === 'ddci-tasks') return `content/ddci/tasks/${id}.yaml`;
  return `content/ddci/ (${dataset} ${id})`;
}

/**
 * DDCI figures, plans' tasks and progress (src/lib/ddci/datasets.ts defines the records).
 * Their last change is the issue date of the plans they are transcribed from, or a later
 * dated progress report.
 */
const ddciDatasets: DatasetBuilder = async () => {
  const issued = new Map((await sectionItems('documents')).map((d) => [d.id, itemModified(d)]));
  return buildDdciDatasets({ ...(await ddciInput()), site: SITE }).map((ds) => {
    const dates = ds.records.flatMap((r: { source?: unknown; statusDate?: unknown; updates?: unknown }) => [
      typeof r.source === 'string' ? issued.get(r.source) : undefined,
      typeof r.statusDate === 'string' ? r.statusDate : undefined,
      ...((r.updates as { date: string }[] | undefined) ?? []).map((u) => u.date),
    ]);
    return {
      id: ds.id,
      title: ds.title,
      description: ds.description,
      schema: toRecordSchema(contentJsonSchema(ds.schema)),
      records: ds.records as DatasetRecord[],
      lastModified: latestDate(dates),
      page: routes.ddci(),
      source: (id: string) => ddciSource(ds.id, id),
    };
  });
};

/** Builders in order; a builder for new data is one more line here. */
const BUILDERS: DatasetBuilder[] = [collectionDatasets, recordDatasets, ddciDatasets];

/**
 * Collections published by a builder under other names: DDCI indicators, results and
 * tasks become the ddci-* datasets; a plan's year and source document are carried by
 * each of its tasks.
 */
const PUBLISHED_ELSEWHERE: readonly string[] = ['ddci-plans'];

/** The build stops if a collection is left without a dataset. */
function assertEveryCollectionPublished(datasets: Dataset[]): void {
  const published = new Set(datasets.map((d) => d.id));
  const missing = (Object.keys(COLLECTIONS) as CollectionName[]).filter((c) => !published.has(c) && !PUBLISHED_ELSEWHERE.includes(c));
  if (missing.length > 0)
    throw new Error(`open data: collection(s) ${missing.join(', ')} have no dataset; add a builder in src/data/opendata.ts`);
}

let cache: Promise<Publication> | undefined;

/** Every open-data file of the site (memoised for the build). */
export function openData(): Promise<Publication> {
  cache ??= (async () => {
    const datasets = (await Promise.all(BUILDERS.map((b) => b()))).flat();
    assertEveryCollectionPublished(datasets);
    const contact = [...(await units()).values()][0];
    if (!contact) throw new Error('open data: content/units/ is empty; the catalogue needs a contact point');
    return publishOpenData(datasets, {
      site: SITE,
      title: t3('opendata.catalog.title'),
      description: t3('opendata.catalog.description'),
      publisher: { name: t3('site.name'), email: contact.email, url: abs('/'), phone: contact.phones[0] },
      page: routes.openData(),
      registerLog: registerLogFile(),
    });
  })();
  return cache;
}


/**
 * /api/v1/register-log.json: the register log's events as one JSON array, in order and with
 * each event's fields as stored (restricted documents' events included: a hash and a number
 * reveal nothing). The build has already replayed and verified the chain (content check).
 */
function registerLogFile() {
  const { events } = readLog(contentRoot());
  return {
    text: `${JSON.stringify(events, null, 2)}\n`,
    title: t3('opendata.registerLog.title'),
    description: t3('opendata.registerLog.description'),
    lastModified: events.at(-1)?.at.slice(0, 10) ?? null,
  };
}
