/**
 * The URL contract, one function per kind of address, locale-independent (wrap in
 * localePath for /zh/ and /en/). Links, QR codes, open data, feeds and tests build
 * addresses here rather than by hand, so a route changes in one place. Which page makes
 * each address, and what kind of page it is, is the route table (src/lib/route-kinds.ts).
 */
import type { FacetKey } from '../schemas/index.ts';

/** The editors' pages besides the guide itself. */
export type EditorsPage = 'components' | 'translations';

export const routes = {
  /** The home page: /. */
  home: () => '/',
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
  /** The search page: /search/. */
  search: () => '/search/',
  /** The contact page, or one unit on it: /contact/, /contact/#unit-x. */
  contact: (unit?: string) => (unit ? `/contact/#unit-${unit}` : '/contact/'),
  /** The feedback form: /feedback/. */
  feedback: () => '/feedback/',
  /** The glossary, or one term on it: /glossary/, /glossary/#visa. */
  glossary: (term?: string) => (term ? `/glossary/#${term}` : '/glossary/'),
  /** The open-data page: /open-data/. */
  openData: () => '/open-data/',
  /** The editors' guide and its pages: /editors/, /editors/components/. */
  editors: (page?: EditorsPage) => (page ? `/editors/${page}/` : '/editors/'),
  /** The field table of a collection for editors: /editors/fields/documents/. */
  editorsFields: (collection: string) => `/editors/fields/${collection}/`,
  /** A file of the open-data API, named after /api/ ("v1/index.json"); src/lib/opendata/paths.ts names them. */
  api: (file: string) => `/api/${file}`,
  /** The DCAT-AP catalogue. */
  catalog: () => '/catalog.jsonld',
  /** The sitemap index, written by @astrojs/sitemap. */
  sitemap: () => '/sitemap-index.xml',
  /** robots.txt. */
  robots: () => '/robots.txt',
  /** The one 404 page of the static site. */
  notFound: () => '/404.html',
} as const;
