/**
 * The route table: builders give the contract's addresses, each kind's page (its file
 * under src/pages) makes exactly the address its builder gives, every page has a kind, and
 * no internal address is written by hand outside the builders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { ROUTE_KINDS, ROUTE_KIND_NAMES, describeRoute, kindOfPage, type RouteKind, type RouteParams } from '../../src/lib/route-kinds.ts';
import { SITE_PAGES, betPath } from '../../src/lib/search-pages.ts';
import { LIST_SECTIONS } from '../../src/lib/sections.ts';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const PAGES = join(SRC, 'pages');

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** One example of each kind's params (the locale is added per test). */
const SAMPLE: Record<RouteKind, RouteParams> = {
  home: {},
  list: { section: 'policies' },
  'list-page': { section: 'policies', page: '2' },
  entry: { section: 'mous', id: 'x' },
  facet: { section: 'policies', facet: 'topic', value: 'trade' },
  'facet-page': { section: 'documents', facet: 'year', value: '2026', page: '3' },
  'section-feed': { section: 'faq' },
  'faq-list': {},
  contact: {},
  feedback: {},
  'services-list': {},
  'open-data': {},
  'verify-home': {},
  ddci: {},
  glossary: {},
  'ddci-indicators': {},
  'ddci-indicator': { id: 'ddci-2024-1' },
  'ddci-plans': {},
  'ddci-plan': { year: '2026' },
  'ddci-units': {},
  'ddci-unit': { id: 'phong-htqt-vp' },
  search: {},
  verify: { code: 'K7P2D5X9' },
  stamp: { code: 'K7P2D5X9' },
  editors: {},
  'editors-components': {},
  'editors-translations': {},
  'editors-fields': { collection: 'documents' },
  'not-found': {},
  feed: {},
  calendar: {},
  'event-calendar': { id: 'hoi-cho' },
  'qr-svg': { code: 'K7P2D5X9' },
  'qr-png': { code: 'K7P2D5X9' },
  'published-file': { name: 'kh-ddci-2026' },
  api: { file: 'v1/policies/x.json' },
  catalog: {},
  robots: {},
};

/** The address Astro makes from a page file and params (build.format "directory", trailing slash). */
function astroUrl(page: string, params: RouteParams): string {
  let path = page.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '');
  path = path.replace(/\[(\.\.\.)?(\w+)\]/g, (_, _rest, name: string) => params[name] ?? '');
  path = `/${path.split('/').filter(Boolean).join('/')}`;
  return page.endsWith('.astro') && page !== '404.astro' ? (path === '/' ? path : `${path}/`) : page === '404.astro' ? '/404.html' : path;
}

describe('routes', () => {
  it('build the public addresses', () => {
    expect(routes.entry('policies', 'x')).toBe('/policies/x/');
    expect(routes.list('policies')).toBe('/policies/');
    expect(routes.list('policies', 2)).toBe('/policies/page/2/');
    expect(routes.facet('policies', 'topic', 'trade')).toBe('/policies/topic/trade/');
    expect(routes.facet('policies', 'topic', 'trade', 3)).toBe('/policies/topic/trade/page/3/');
    expect(routes.verify('K7P2D5X9')).toBe('/v/K7P2D5X9/');
    expect(routes.stamp('K7P2D5X9')).toBe('/v/K7P2D5X9/stamp/');
    expect(routes.qr('K7P2D5X9', 'png')).toBe('/qr/K7P2D5X9.png');
    expect(routes.feed()).toBe('/feed.xml');
    expect(routes.feed('faq')).toBe('/faq/feed.xml');
    expect(routes.calendar('hoi-cho')).toBe('/events/hoi-cho.ics');
    expect(routes.ddci('plans', 2026)).toBe('/ddci/plans/2026/');
    expect(routes.contact('phong-htqt-vp')).toBe('/contact/#unit-phong-htqt-vp');
    expect(routes.editors('components')).toBe('/editors/components/');
  });
});

describe('the route table', () => {
  it('has one kind per page under src/pages, and a page for every kind', () => {
    const pages = files(PAGES);
    expect(pages.filter((p) => !kindOfPage(p)), 'pages without a kind in src/lib/route-kinds.ts').toEqual([]);
    expect(ROUTE_KIND_NAMES.filter((k) => !pages.includes(ROUTE_KINDS[k].page)), 'kinds whose page does not exist').toEqual([]);
    expect(new Set(ROUTE_KIND_NAMES.map((k) => ROUTE_KINDS[k].page)).size).toBe(ROUTE_KIND_NAMES.length);
  });

  it.each(ROUTE_KIND_NAMES)('%s: the builder gives the address Astro makes from the same params, in every locale', (kind) => {
    expect(SAMPLE[kind], `add an example of ${kind}'s params to SAMPLE`).toBeDefined();
    const page = ROUTE_KINDS[kind].page;
    const locales = page.startsWith('[...lang]/') ? [undefined, 'zh', 'en'] : [undefined];
    const templates = new Set<string>();
    for (const lang of locales) {
      const params = { ...SAMPLE[kind], lang };
      const r = describeRoute(kind, params);
      expect(r.url).toBe(astroUrl(page, params));
      expect(r.locale).toBe(lang ?? 'vi');
      templates.add(r.template);
    }
    // A template key is the same in every language.
    expect(templates.size).toBe(1);
  });

  it('gives every section with its own list page a kind for that page', () => {
    const own = new Set(ROUTE_KIND_NAMES.map((k) => (ROUTE_KINDS[k] as { section?: string }).section).filter(Boolean));
    expect(LIST_SECTIONS.filter((s) => s.customList && !own.has(s.key)).map((s) => s.key)).toEqual([]);
  });

  it('keys templates by page pattern and section', () => {
    expect(describeRoute('entry', { lang: 'zh', section: 'policies', id: 'x' })).toMatchObject({ template: '/policies/:id/', section: 'policies', path: '/policies/x/', url: '/zh/policies/x/', entry: true });
    expect(describeRoute('facet-page', { section: 'policies', facet: 'topic', value: 'trade', page: '2' }).template).toBe('/policies/:facet/:value/page/:page/');
    expect(describeRoute('faq-list', { lang: 'en' })).toMatchObject({ template: '/faq/', section: 'faq', url: '/en/faq/' });
    expect(describeRoute('verify', { code: 'K7P2D5X9' }).template).toBe('/v/:code/');
    expect(describeRoute('stamp', { code: 'K7P2D5X9' }).template).toBe('/v/:code/stamp/');
    expect(describeRoute('ddci-plan', { year: '2026' }).template).toBe('/ddci/plans/:year/');
    expect(describeRoute('home', { lang: 'en' })).toMatchObject({ template: '/', url: '/en/' });
    expect(describeRoute('section-feed', { section: 'faq' }).template).toBe('/faq/feed.xml');
  });

  it('names the pages best bets can point to, and finds entries by reference', () => {
    expect(SITE_PAGES).toMatchObject({ contact: '/contact/', services: '/services/', verify: '/v/', ddci: '/ddci/', glossary: '/glossary/' });
    expect(betPath('policies/x')).toBe('/policies/x/');
  });
});

describe('no internal address written by hand', () => {
  /** Site paths in attributes, in localePath(), in `path:`/`page:` props, or `/${…}/` templates. */
  const HAND_MADE = [
    /\b(?:href|src|action|path|data-[\w-]+)=["'`]\/(?!\/)/,
    /\b(?:href|action|path)=\{\s*[`'"]\/(?!\/)/,
    /\blocalePath\([^,()]+,\s*[`'"]\//,
    /\b(?:path|page|url|href):\s*[`'"]\/(?!\/)/,
    /`\/\$\{/,
    // A path glued onto another ("${verifyPath(code)}stamp/").
    /\$\{[^}]*(?:[Pp]ath|[Uu]rl)\([^}]*\}[\w-]+\//,
    /[`'"]\/(?:v|qr|ddci|api|editors|events|documents|contact|search|glossary|open-data|feedback|catalog\.jsonld|feed\.xml|events\.ics)\b/,
  ];
  /** Files that define the contract, build it from parts, or name assets that are no route. */
  const ALLOWED = new Set([
    'lib/routes.ts',
    'lib/urls.ts',
    'lib/route-kinds.ts',
    'integrations/route-manifest.ts',
    // Browser scripts read the address from a data- attribute the page sets with the builder;
    // the literal is only their fallback, and importing the route module would grow the bundle.
    'components/search/search-client.ts',
    'components/verify/code-lookup.ts',
  ]);
  /** Public assets (public/), not routes. */
  const ASSET = /["'`]\/(?:favicon\.svg|images\/)/;

  it('in src/, every site path comes from a builder of src/lib/routes.ts', () => {
    const offenders: string[] = [];
    for (const f of files(SRC)) {
      if (!/\.(astro|ts)$/.test(f) || ALLOWED.has(f)) continue;
      const lines = readFileSync(join(SRC, f), 'utf8').split('\n');
      lines.forEach((line, i) => {
        const code = line.trim();
        if (code.startsWith('*') || code.startsWith('//') || code.startsWith('/*')) return;
        if (HAND_MADE.some((re) => re.test(line)) && !ASSET.test(line)) offenders.push(`src/${f}:${i + 1}: ${code.slice(0, 120)}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
