/**
 * The paths of every route kind of the table (src/lib/route-kinds.ts), in every locale:
 * each page under src/pages exports `getStaticPaths = pathsOf('<kind>')`. Shared data
 * (sections, facet values, the register, DDCI) is read once per build through the
 * memoised data modules, and each kind's list is computed once however often Astro asks.
 */
import { allSections, sectionItems, units, type Item } from './items.ts';
import { registeredDocs } from './verify.ts';
import { ddci } from './ddci.ts';
import { openData } from './opendata.ts';
import { LIST_SECTIONS, type FacetKey, type ListSectionKey } from '../lib/sections.ts';
import { LOCALES, langParam, type Locale } from '../lib/locales.ts';
import { extraPages } from '../lib/paginate.ts';
import { COLLECTION_NAMES } from '../schemas/index.ts';
import type { ROUTE_KINDS, RouteKind } from '../lib/route-kinds.ts';
import { routes } from '../lib/routes.ts';

type Lang = { lang: string | undefined };

/** One path per locale, for pages without other params. */
function perLocale(): { params: Lang; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/** One path per value in every locale, locale first (the order the pages were always built in). */
function inLocales<T, P extends Record<string, string>, Q>(values: readonly T[], of: (v: T) => { params: P; props: Q }) {
  return LOCALES.flatMap((locale) =>
    values.map((v) => {
      const { params, props } = of(v);
      return { params: { lang: langParam(locale), ...params }, props: { locale, ...props } };
    }),
  );
}

/** Sections with the generic list page (the others have their own page in the table). */
const genericLists = () => LIST_SECTIONS.filter((s) => !s.customList);

interface FacetList {
  section: ListSectionKey;
  facet: { facet: FacetKey; value: string };
  count: number;
}

let facetCache: Promise<FacetList[]> | undefined;
/** Every facet value offered in every section, with how many entries it has. */
function facetLists(): Promise<FacetList[]> {
  facetCache ??= allSections().then((sections) =>
    LIST_SECTIONS.flatMap(({ key, facets }) => {
      const items: Item[] = sections.get(key) ?? [];
      return facets.flatMap((facet) =>
        [...new Set(items.flatMap((i) => i.facets[facet] ?? []))]
          .sort()
          .map((value) => ({ section: key, facet: { facet, value }, count: items.filter((i) => i.facets[facet]?.includes(value)).length })),
      );
    }),
  );
  return facetCache;
}

const PATHS = {
  home: perLocale,
  list: async () => inLocales(genericLists(), ({ key }) => ({ params: { section: key }, props: { section: key } })),
  'list-page': async () => {
    const sections = await allSections();
    const pages = genericLists().flatMap(({ key }) => extraPages((sections.get(key) ?? []).length).map((page) => ({ key, page })));
    return inLocales(pages, ({ key, page }) => ({ params: { section: key, page: String(page) }, props: { section: key, page } }));
  },
  entry: async () => inLocales([...(await allSections()).values()].flat(), (item) => ({ params: { section: item.section, id: item.id }, props: { item } })),
  facet: async () =>
    (await facetLists()).flatMap(({ section, facet }) =>
      LOCALES.map((locale) => ({ params: { lang: langParam(locale), section, facet: facet.facet, value: facet.value }, props: { locale, section, facet } })),
    ),
  'facet-page': async () =>
    (await facetLists()).flatMap(({ section, facet, count }) =>
      extraPages(count).flatMap((page) =>
        LOCALES.map((locale) => ({ params: { lang: langParam(locale), section, facet: facet.facet, value: facet.value, page: String(page) }, props: { locale, section, facet, page } })),
      ),
    ),
  'section-feed': async () => inLocales(LIST_SECTIONS, ({ key }) => ({ params: { section: key }, props: { section: key } })),
  'faq-list': perLocale,
  contact: perLocale,
  feedback: perLocale,
  'services-list': perLocale,
  'open-data': perLocale,
  'verify-home': perLocale,
  ddci: perLocale,
  glossary: perLocale,
  'ddci-indicators': perLocale,
  'ddci-indicator': async () => inLocales([...(await ddci()).indicators.keys()], (id) => ({ params: { id }, props: { id } })),
  'ddci-plans': perLocale,
  'ddci-plan': async () => inLocales((await ddci()).plans, (p) => ({ params: { year: String(p.data.year) }, props: { year: p.data.year } })),
  'ddci-units': perLocale,
  'ddci-unit': async () => inLocales([...(await units()).keys()], (id) => ({ params: { id }, props: { id } })),
  search: perLocale,
  verify: async () => inLocales(await registeredDocs(), (doc) => ({ params: { code: doc.code }, props: { doc } })),
  stamp: async () => inLocales(await registeredDocs(), (doc) => ({ params: { code: doc.code }, props: { doc } })),
  editors: perLocale,
  'editors-components': perLocale,
  'editors-translations': perLocale,
  'editors-fields': async () => inLocales(COLLECTION_NAMES, (collection) => ({ params: { collection }, props: { collection } })),
  feed: perLocale,
  calendar: perLocale,
  'event-calendar': async () => inLocales(await sectionItems('events'), (e) => ({ params: { id: e.id }, props: {} })),
  'qr-svg': async () => (await registeredDocs()).map(({ code }) => ({ params: { code } })),
  'qr-png': async () => (await registeredDocs()).map(({ code }) => ({ params: { code } })),
  'published-file': async () =>
    (await registeredDocs())
      .filter(({ item }) => item.data.visibility === 'public' && item.data.file)
      .map(({ item }) => ({ params: { name: String(item.data.file).replace(/\.pdf$/, '') } })),
  api: async () => {
    const { files } = await openData();
    const base = routes.api('');
    return [...files.keys()].filter((p) => p.startsWith(base)).map((p) => ({ params: { file: p.slice(base.length) } }));
  },
} satisfies Record<DynamicKind, () => unknown>;

/** Kinds whose page has params (a static page such as 404.astro has no getStaticPaths). */
type DynamicKind = { [K in RouteKind]: (typeof ROUTE_KINDS)[K]['page'] extends `${string}[${string}` ? K : never }[RouteKind];
type Paths = typeof PATHS;

const computed = new Map<DynamicKind, Promise<unknown>>();

/** getStaticPaths of a kind's page, computed once per build. */
export function pathsOf<K extends DynamicKind>(kind: K): () => Promise<Awaited<ReturnType<Paths[K]>>> {
  return () => {
    let p = computed.get(kind);
    if (!p) computed.set(kind, (p = Promise.resolve(PATHS[kind]())));
    return p as Promise<Awaited<ReturnType<Paths[K]>>>;
  };
}
