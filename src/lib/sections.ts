/**
 * The browsable sections as pages see them, derived from the registry
 * (src/schemas/index.ts): their URL segment, the facets a reader can narrow a list by,
 * and their search type. Navigation, list pages, facet pages, search filters and the 404
 * page read this table.
 */
import { COLLECTIONS, LIST_ORDER, type FacetKey, type ListSectionKey } from '../schemas/index.ts';
import { routes } from './routes.ts';

export type { FacetKey, ListSectionKey };

export interface ListSection {
  key: ListSectionKey;
  /** Facets offered on the list page, in order. */
  facets: FacetKey[];
  /** Type label used by search filters and badges. */
  searchType: string;
  /** The section has its own list page (src/pages/[...lang]/<key>/index.astro), not the generic one. */
  customList?: true;
}

const listed = (Object.keys(COLLECTIONS) as (keyof typeof COLLECTIONS)[]).filter((k): k is ListSectionKey => 'listing' in COLLECTIONS[k]);
const unordered = listed.filter((k) => !LIST_ORDER.includes(k));
if (unordered.length) throw new Error(`src/schemas/index.ts: add ${unordered.join(', ')} to LIST_ORDER`);

export const LIST_SECTIONS: readonly ListSection[] = LIST_ORDER.map((key) => {
  const { facets, searchType, customList } = COLLECTIONS[key].listing;
  return { key, facets, searchType, ...(customList ? { customList } : {}) };
});

/** Order of the main navigation (every section of the URL contract but search, which sits in the header). */
export const NAV_SECTIONS = [
  'policies',
  'trade-agreements',
  'mous',
  'procedures',
  'services',
  'documents',
  'ddci',
  'events',
  'faq',
  'open-data',
  'contact',
  'feedback',
] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

/** Pages of the navigation that are not a section's list. */
const NAV_PAGES: Partial<Record<NavSection, string>> = { ddci: routes.ddci(), 'open-data': routes.openData(), contact: routes.contact(), feedback: routes.feedback() };

/** Locale-free address of a navigation item: a section's list or one of the pages above. */
export function navPath(key: NavSection): string {
  return NAV_PAGES[key] ?? routes.list(key);
}

export function listSection(key: string): ListSection {
  const s = LIST_SECTIONS.find((x) => x.key === key);
  if (!s) throw new Error(`unknown section "${key}"`);
  return s;
}
