/**
 * The route manifest is made from Astro's account of a build (routes and the files each
 * wrote): every page must be in the route table, and the table's builder must give back
 * the address Astro wrote.
 */
import type { IntegrationResolvedRoute } from 'astro';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../src/integrations/route-manifest.ts';
import { ROUTE_KINDS, ROUTE_KIND_NAMES } from '../../src/lib/route-kinds.ts';

const OUT = '/site/dist';

/** A resolved route as Astro gives it to integrations (only the fields the manifest reads). */
function route(page: string, patternRegex = /^\/$/, params: string[] = []): IntegrationResolvedRoute {
  return { pattern: `/${page}`, patternRegex, params, origin: 'project', entrypoint: `src/pages/${page}` } as unknown as IntegrationResolvedRoute;
}
const ENTRY = '[...lang]/[section]/[id].astro';
const entryRoute = route(ENTRY, /^(?:\/(.*?))?\/([^/]+?)\/([^/]+?)\/?$/, ['...lang', 'section', 'id']);
const all = () => ROUTE_KIND_NAMES.map((k) => (ROUTE_KINDS[k].page === ENTRY ? entryRoute : route(ROUTE_KINDS[k].page)));
const files = (...paths: string[]) => paths.map((p) => pathToFileURL(`${OUT}${p}`));

describe('buildManifest', () => {
  it('names the kind, locale, template and search facts of every written file', () => {
    const pages = buildManifest(OUT, all(), new Map([[entryRoute.pattern, files('/policies/x/index.html', '/zh/policies/x/index.html')]]));
    expect(pages).toEqual([
      { file: '/policies/x/index.html', kind: 'entry', locale: 'vi', path: '/policies/x/', url: '/policies/x/', template: '/policies/:id/', section: 'policies', search: 'marked', entry: true },
      { file: '/zh/policies/x/index.html', kind: 'entry', locale: 'zh', path: '/policies/x/', url: '/zh/policies/x/', template: '/policies/:id/', section: 'policies', search: 'marked', entry: true },
    ]);
  });

  it('stops on a page that is not in the route table', () => {
    expect(() => buildManifest(OUT, [...all(), route('[...lang]/notices.astro')], new Map())).toThrow(/src\/pages\/\[\.\.\.lang\]\/notices\.astro has no entry in the route table/);
  });

  it('stops on a table entry whose page is gone', () => {
    expect(() => buildManifest(OUT, all().filter((r) => r.entrypoint !== 'src/pages/robots.txt.ts'), new Map())).toThrow(/route kind "robots" names src\/pages\/robots\.txt\.ts, which does not exist/);
  });

  it('stops when the builder would not give the address Astro wrote', () => {
    expect(() => buildManifest(OUT, all(), new Map([[entryRoute.pattern, files('/policies/x.html')]]))).toThrow(/the table builds \/policies\/x\.html\/ but .* wrote \/policies\/x\.html/);
    expect(() => buildManifest(OUT, all(), new Map([[entryRoute.pattern, files('/fr/policies/x/index.html')]]))).toThrow(/wrote \/fr\/policies\/x\/index\.html: unknown locale prefix "fr"/);
  });
});
