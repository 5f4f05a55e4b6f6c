/**
 * The sections of the site: their URL segment, the collection behind a listing,
 * and the facets a reader can narrow a list by. Navigation, list pages, facet pages,
 * search filters and the 404 page read this table.
 */
export type FacetKey = 'year' | 'status' | 'topic' | 'unit' | 'country' | 'kind' | 'type';

export interface ListSection {
  key: 'policies' | 'mous' | 'trade-agreements' | 'documents' | 'events' | 'procedures' | 'services' | 'faq';
  /** Facets offered on the list page, in order. */
  facets: FacetKey[];
  /** Type label used by search filters and badges. */
  searchType: string;
  /** The section has its own list page (src/pages/[...lang]/<key>/index.astro), not the generic one. */
  customList?: true;
}

export const LIST_SECTIONS: readonly ListSection[] = [
  { key: 'policies', facets: ['status', 'topic', 'year', 'unit'], searchType: 'policy' },
  { key: 'mous', facets: ['status', 'country', 'year', 'unit'], searchType: 'mou' },
  { key: 'trade-agreements', facets: ['status', 'year'], searchType: 'agreement' },
  { key: 'documents', facets: ['type', 'status', 'year', 'unit'], searchType: 'document' },
  { key: 'events', facets: ['status', 'kind', 'year', 'topic'], searchType: 'event' },
  { key: 'procedures', facets: ['topic', 'unit'], searchType: 'procedure' },
  { key: 'services', facets: ['unit'], searchType: 'service', customList: true },
  { key: 'faq', facets: ['topic', 'unit'], searchType: 'faq', customList: true },
];

export type ListSectionKey = ListSection['key'];

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

export function listSection(key: string): ListSection {
  const s = LIST_SECTIONS.find((x) => x.key === key);
  if (!s) throw new Error(`unknown section "${key}"`);
  return s;
}
