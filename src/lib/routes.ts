/**
 * The URL contract, one function per kind of address, locale-independent (wrap in
 * localePath for /zh/ and /en/). Links, QR codes, open data, feeds and tests build
 * addresses here rather than by hand, so a route changes in one place.
 */
import type { FacetKey } from '../schemas/index.ts';

export const routes = {
  /** An entry of a section: /policies/x/. */
  entry: (section: string, id: string) => `/${section}/${id}/`,
  /** A section's list and its further pages: /policies/, /policies/page/2/. */
  list: (section: string, page = 1) => (page > 1 ? `/${section}/page/${page}/` : `/${section}/`),
  /** A facet list and its further pages: /policies/topic/investment/, …/page/2/. */
  facet: (section: string, facet: FacetKey, value: string, page = 1) => `/${section}/${facet}/${value}/${page > 1 ? `page/${page}/` : ''}`,
  /** Verification page of a document, the address in its QR code: /v/K7P2D5X9/. */
  verify: (code: string) => `/v/${code}/`,
  /** The code lookup: /v/. */
  verifyHome: () => '/v/',
  /** Printable stamp of a document: /v/K7P2D5X9/stamp/. */
  stamp: (code: string) => `/v/${code}/stamp/`,
  /** QR image of a document: /qr/K7P2D5X9.svg, .png. */
  qr: (code: string, format: 'svg' | 'png') => `/qr/${code}.${format}`,
  /** A published original: /documents/files/x.pdf. */
  publishedFile: (file: string) => `/documents/files/${file}`,
  /** Atom feed of the site or of one section. */
  feed: (section?: string) => (section ? `/${section}/feed.xml` : '/feed.xml'),
  /** iCalendar of every event, or of one. */
  calendar: (eventId?: string) => (eventId ? `/events/${eventId}.ics` : '/events.ics'),
  /** DDCI pages: the overview, and an indicator, plan or unit page. */
  ddci: (kind?: 'indicators' | 'plans' | 'units', id?: string | number) => (kind ? `/ddci/${kind}/${id === undefined ? '' : `${id}/`}` : '/ddci/'),
} as const;

/** The kinds of page every section has, as path patterns after `/<section>/` (builders above). */
const SECTION_PAGES = [
  { kind: 'list', pattern: [] },
  { kind: 'list-page', pattern: ['page', ':n'] },
  { kind: 'entry', pattern: [':id'] },
  { kind: 'facet', pattern: [':facet', ':value'] },
  { kind: 'facet-page', pattern: [':facet', ':value', 'page', ':n'] },
] as const;

export type SectionPageKind = (typeof SECTION_PAGES)[number]['kind'];

export interface RouteMatch {
  /** A section page kind, or 'page' for a hand-made page (search, /v/, DDCI, open data…). */
  kind: SectionPageKind | 'page';
  /** Template key, the same in every locale: "/policies/:id/", "/v/:1/". */
  template: string;
  section?: string;
}

/**
 * Which route made a locale-free directory path ("/policies/x/" → entry of policies): the
 * inverse of the builders above, for tools that start from built files (quality gates,
 * benchmarks). `sections` are the registry's section keys. Hand-made pages get one
 * template per first segment and depth.
 */
export function routeOf(path: string, sections: ReadonlySet<string>): RouteMatch {
  const segs = path.split('/').filter(Boolean);
  if (segs.length === 0) return { kind: 'page', template: '/' };
  const [first, ...rest] = segs as [string, ...string[]];
  if (sections.has(first)) {
    for (const { kind, pattern } of SECTION_PAGES) {
      if (pattern.length === rest.length && pattern.every((p, i) => p.startsWith(':') || p === rest[i])) {
        return { kind, template: `/${[first, ...pattern].join('/')}/`, section: first };
      }
    }
  }
  return { kind: 'page', template: `/${first}/${rest.map((_, i) => `:${i + 1}/`).join('')}` };
}
