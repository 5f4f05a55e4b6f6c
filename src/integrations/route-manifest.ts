/**
 * After a build, names the route kind of every written file (src/lib/route-kinds.ts) from
 * Astro's own account of it: `astro:build:done` lists the files each route pattern wrote,
 * and `astro:routes:resolved` gives each pattern's page file and params. The table is
 * matched by page file, so a page missing from the table (or a table entry without its
 * page) stops the build, and each file's address is rebuilt by the table's builder and
 * must be the one Astro wrote. The manifest goes next to the output folder
 * (src/node/route-manifest.ts); search indexing and the tests read it.
 */
import type { AstroIntegration, IntegrationResolvedRoute } from 'astro';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROUTE_KINDS, ROUTE_KIND_NAMES, describeRoute, fileUrl, kindOfPage, type BuiltPage, type RouteFacts, type RouteParams } from '../lib/route-kinds.ts';
import { writeRouteManifest } from '../node/route-manifest.ts';

const PAGES_DIR = 'src/pages/';

/** Params of a written address, by the route's own pattern (what Astro matches a request with). */
function paramsOf(route: IntegrationResolvedRoute, url: string): RouteParams {
  if (route.params.length === 0) return {};
  // With trailingSlash "always" the pattern of an endpoint (feed.xml, x.json) expects a final slash too.
  const m = [url, `${url}/`, url.replace(/\/$/, '')].map((u) => route.patternRegex.exec(u)).find((x) => x);
  if (!m) throw new Error(`route manifest: ${url} does not match the pattern of ${route.entrypoint}`);
  return Object.fromEntries(route.params.map((name, i) => [name.replace(/^\.\.\./, ''), m[i + 1] || undefined]));
}

/** Every project page must be in the table, and every table entry must have its page. */
function checkTable(routes: IntegrationResolvedRoute[]): void {
  const pages = routes.filter((r) => r.origin === 'project' && r.entrypoint.startsWith(PAGES_DIR)).map((r) => r.entrypoint.slice(PAGES_DIR.length));
  const missing = pages.filter((p) => !kindOfPage(p));
  const stale = ROUTE_KIND_NAMES.filter((k) => !pages.includes(ROUTE_KINDS[k].page));
  const problems = [
    ...missing.map((p) => `${PAGES_DIR}${p} has no entry in the route table (src/lib/route-kinds.ts): add its kind there and its paths in src/data/route-table.ts`),
    ...stale.map((k) => `route kind "${k}" names ${PAGES_DIR}${ROUTE_KINDS[k].page}, which does not exist`),
  ];
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

export function buildManifest(outDir: string, routes: IntegrationResolvedRoute[], assets: Map<string, URL[]>): BuiltPage[] {
  checkTable(routes);
  const out: BuiltPage[] = [];
  for (const [pattern, urls] of assets) {
    const route = routes.find((r) => r.pattern === pattern && r.origin === 'project');
    if (!route) continue;
    const kind = kindOfPage(route.entrypoint.slice(PAGES_DIR.length))!;
    for (const u of urls) {
      const file = `/${relative(outDir, fileURLToPath(u)).split(sep).join('/')}`;
      const url = fileUrl(file);
      let facts: RouteFacts;
      try {
        facts = describeRoute(kind, paramsOf(route, url));
      } catch (e) {
        throw new Error(`route kind "${kind}": ${route.entrypoint} wrote ${file}: ${(e as Error).message}`);
      }
      if (facts.url !== url) throw new Error(`route kind "${kind}": the table builds ${facts.url} but ${route.entrypoint} wrote ${file}`);
      out.push({ file, ...facts });
    }
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export function routeManifest(): AstroIntegration {
  let routes: IntegrationResolvedRoute[] = [];
  return {
    name: 'sngv:route-manifest',
    hooks: {
      'astro:routes:resolved': ({ routes: resolved }) => {
        checkTable(resolved);
        routes = resolved;
      },
      'astro:build:done': ({ dir, assets }) => {
        const outDir = fileURLToPath(dir);
        writeRouteManifest(outDir, buildManifest(outDir, routes, assets));
      },
    },
  };
}
