/**
 * The route table: every kind of public address, declared once with the page under
 * src/pages that makes it, its address (built by `routes` in routes.ts) and what it is
 * for search and for the quality gates. The pages' getStaticPaths come from the same
 * names (src/data/route-table.ts), and after a build each written file is matched to its
 * kind through Astro's own route list (src/integrations/route-manifest.ts), so nothing
 * reads a kind back out of a path.
 */
import type { FacetKey, ListSectionKey } from '../schemas/index.ts';
import { localeFromParam, type Locale } from './locales.ts';
import { routes } from './routes.ts';
import { localePath } from './urls.ts';

/** Astro params of a page (every value a string; the locale rest parameter `lang` may be missing). */
export type RouteParams = Readonly<Record<string, string | undefined>>;

/**
 * What search does with a built HTML page:
 * - `never`: left out whatever its markup (verification pages, the editors' guide, the
 *   search page, facet lists that only repeat entries indexed on their own);
 * - `marked`: indexed if its template marks content with `data-pagefind-body`;
 * - `page`, `ddci`: always indexed, as that search type when the template does not mark it.
 */
export type SearchRule = 'never' | 'marked' | 'page' | 'ddci';

interface RouteKindDef {
  /** The page under src/pages that makes these addresses. */
  page: string;
  /** Locale-free address from the page's params. */
  url: (p: RouteParams) => string;
  /** Search rule of an HTML page (other files are not indexed). */
  search?: SearchRule;
  /** An entry's own page: search must find every one of them. */
  entry?: true;
  /** The section of a page made for one section only (its custom list page). */
  section?: ListSectionKey;
  /** The name editors give this page as a best-bet target (content/best-bets/). */
  bet?: string;
}

function param(p: RouteParams, name: string): string {
  const v = p[name];
  if (v === undefined) throw new Error(`route param "${name}" missing in ${JSON.stringify(p)}`);
  return v;
}
const page = (p: RouteParams) => Number(param(p, 'page'));
const facet = (p: RouteParams) => param(p, 'facet') as FacetKey;

export const ROUTE_KINDS = {
  home: { page: '[...lang]/index.astro', url: () => routes.home(), search: 'marked' },
  // Every section's pages.
  list: { page: '[...lang]/[section]/index.astro', url: (p) => routes.list(param(p, 'section')), search: 'marked' },
  'list-page': { page: '[...lang]/[section]/page/[page].astro', url: (p) => routes.list(param(p, 'section'), page(p)), search: 'marked' },
  entry: { page: '[...lang]/[section]/[id].astro', url: (p) => routes.entry(param(p, 'section'), param(p, 'id')), search: 'marked', entry: true },
  facet: { page: '[...lang]/[section]/[facet]/[value].astro', url: (p) => routes.facet(param(p, 'section'), facet(p), param(p, 'value')), search: 'never' },
  'facet-page': {
    page: '[...lang]/[section]/[facet]/[value]/page/[page].astro',
    url: (p) => routes.facet(param(p, 'section'), facet(p), param(p, 'value'), page(p)),
    search: 'never',
  },
  'section-feed': { page: '[...lang]/[section]/feed.xml.ts', url: (p) => routes.feed(param(p, 'section')) },
  // Sections with their own list page instead of the generic one.
  'faq-list': { page: '[...lang]/faq/index.astro', url: () => routes.list('faq'), search: 'marked', section: 'faq' },
  // Pages people look for by name: indexed whole, and targets of best bets.
  contact: { page: '[...lang]/contact.astro', url: () => routes.contact(), search: 'page', bet: 'contact' },
  feedback: { page: '[...lang]/feedback.astro', url: () => routes.feedback(), search: 'page', bet: 'feedback' },
  'services-list': { page: '[...lang]/services/index.astro', url: () => routes.list('services'), search: 'page', section: 'services', bet: 'services' },
  'open-data': { page: '[...lang]/open-data.astro', url: () => routes.openData(), search: 'page', bet: 'open-data' },
  'verify-home': { page: '[...lang]/v/index.astro', url: () => routes.verifyHome(), search: 'page', bet: 'verify' },
  ddci: { page: '[...lang]/ddci/index.astro', url: () => routes.ddci(), search: 'page', bet: 'ddci' },
  glossary: { page: '[...lang]/glossary.astro', url: () => routes.glossary(), search: 'page', bet: 'glossary' },
  // DDCI pages below the overview: indexed as type "ddci".
  'ddci-indicators': { page: '[...lang]/ddci/indicators/index.astro', url: () => routes.ddci('indicators'), search: 'ddci' },
  'ddci-indicator': { page: '[...lang]/ddci/indicators/[id].astro', url: (p) => routes.ddci('indicators', param(p, 'id')), search: 'ddci' },
  'ddci-plans': { page: '[...lang]/ddci/plans/index.astro', url: () => routes.ddci('plans'), search: 'ddci' },
  'ddci-plan': { page: '[...lang]/ddci/plans/[year].astro', url: (p) => routes.ddci('plans', param(p, 'year')), search: 'ddci' },
  'ddci-units': { page: '[...lang]/ddci/units/index.astro', url: () => routes.ddci('units'), search: 'ddci' },
  'ddci-unit': { page: '[...lang]/ddci/units/[id].astro', url: (p) => routes.ddci('units', param(p, 'id')), search: 'ddci' },
  // Pages search leaves out.
  search: { page: '[...lang]/search.astro', url: () => routes.search(), search: 'never' },
  verify: { page: '[...lang]/v/[code].astro', url: (p) => routes.verify(param(p, 'code')), search: 'never' },
  stamp: { page: '[...lang]/v/[code]/stamp.astro', url: (p) => routes.stamp(param(p, 'code')), search: 'never' },
  editors: { page: '[...lang]/editors/index.astro', url: () => routes.editors(), search: 'never' },
  'editors-components': { page: '[...lang]/editors/components.astro', url: () => routes.editors('components'), search: 'never' },
  'editors-translations': { page: '[...lang]/editors/translations.astro', url: () => routes.editors('translations'), search: 'never' },
  'editors-fields': { page: '[...lang]/editors/fields/[collection].astro', url: (p) => routes.editorsFields(param(p, 'collection')), search: 'never' },
  'not-found': { page: '404.astro', url: () => routes.notFound(), search: 'never' },
  // Files.
  feed: { page: '[...lang]/feed.xml.ts', url: () => routes.feed() },
  calendar: { page: '[...lang]/events.ics.ts', url: () => routes.calendar() },
  'event-calendar': { page: '[...lang]/events/[id].ics.ts', url: (p) => routes.calendar(param(p, 'id')) },
  'qr-svg': { page: 'qr/[code].svg.ts', url: (p) => routes.qr(param(p, 'code'), 'svg') },
  'qr-png': { page: 'qr/[code].png.ts', url: (p) => routes.qr(param(p, 'code'), 'png') },
  'published-file': { page: 'documents/files/[name].pdf.ts', url: (p) => routes.publishedFile(`${param(p, 'name')}.pdf`) },
  api: { page: 'api/[...file].ts', url: (p) => routes.api(param(p, 'file')) },
  catalog: { page: 'catalog.jsonld.ts', url: () => routes.catalog() },
  robots: { page: 'robots.txt.ts', url: () => routes.robots() },
} as const satisfies Record<string, RouteKindDef>;

export type RouteKind = keyof typeof ROUTE_KINDS;
export const ROUTE_KIND_NAMES = Object.keys(ROUTE_KINDS) as RouteKind[];

const def = (kind: RouteKind): RouteKindDef => ROUTE_KINDS[kind];

/** The kind whose page is `page` (a path under src/pages), if the table has one. */
export function kindOfPage(page: string): RouteKind | undefined {
  return ROUTE_KIND_NAMES.find((k) => def(k).page === page);
}

/** What the table says about one address: the facts search, tests and benchmarks group pages by. */
export interface RouteFacts {
  kind: RouteKind;
  locale: Locale;
  /** Locale-free address ("/policies/x/"). */
  path: string;
  /** Address in its locale ("/zh/policies/x/"). */
  url: string;
  /**
   * Template key, the same in every locale and for every page of a kind in one section:
   * the page's pattern with the section filled in ("/policies/:id/", "/v/:code/stamp/").
   */
  template: string;
  section?: string;
  /** Search rule of an HTML page. */
  search?: SearchRule;
  entry?: true;
}

/** The facts of the address a kind's page makes from `params`. */
export function describeRoute(kind: RouteKind, params: RouteParams): RouteFacts {
  const d = def(kind);
  const locale = localeFromParam(params.lang);
  const path = d.url(params);
  const section = params.section ?? d.section;
  return {
    kind,
    locale,
    path,
    url: localePath(locale, path),
    template: templateOf(d.page, section),
    ...(section ? { section } : {}),
    ...(d.search ? { search: d.search } : {}),
    ...(d.entry ? { entry: true as const } : {}),
  };
}

/** "[...lang]/[section]/[id].astro" in section "policies" → "/policies/:id/"; endpoints keep their extension. */
function templateOf(page: string, section: string | undefined): string {
  const isPage = page.endsWith('.astro');
  let t = page
    .replace(/^\[\.\.\.lang\]\/?/, '')
    .replace(/\.(astro|ts)$/, '')
    .replace(/(^|\/)index$/, '');
  if (section) t = t.replace('[section]', section);
  t = `/${t.replace(/\[(?:\.\.\.)?(\w+)\]/g, ':$1')}`;
  return isPage && !t.endsWith('/') ? `${t}/` : t;
}

/** Best-bet target names of the pages people look for by name, with their addresses, in table order. */
export const BET_PAGES: readonly { name: string; path: string }[] = ROUTE_KIND_NAMES.flatMap((k) => {
  const d = def(k);
  return d.bet ? [{ name: d.bet, path: d.url({}) }] : [];
});

/** A file the build wrote, with the facts of the route that wrote it (the build's route manifest). */
export interface BuiltPage extends RouteFacts {
  /** Site path of the file ("/zh/policies/x/index.html"). */
  file: string;
}

/** The address a written file answers at: "/zh/policies/x/index.html" → "/zh/policies/x/". */
export function fileUrl(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}
