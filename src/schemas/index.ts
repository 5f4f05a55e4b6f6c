/**
 * The registry: every content collection, defined once. Where its files live, which
 * schema checks them, what they reference, and, for the sections a reader browses, how
 * they are listed. The Astro content config, `npm run check`, the pages (entries, lists,
 * facets and their pages), feeds, search classification, open data, the editors' tools
 * and the tests all derive from this table, so adding a section here (with its labels
 * `section.<key>` and `intro.<key>` in src/i18n/) is enough for all of them to see it.
 * tests/build/new-section.test.ts proves it on a copy of the project.
 */
import type { z } from 'astro/zod';
import { documentSchema } from './documents.ts';
import { eventSchema, mouSchema, policySchema, tradeAgreementSchema } from './articles.ts';
import { faqSchema, procedureSchema, serviceSchema } from './records.ts';
import { unitSchema } from './units.ts';
import { glossarySchema } from './glossary.ts';
import { bestBetSchema } from './best-bets.ts';
import { ddciIndicatorSchema, ddciPlanSchema, ddciResultSchema, ddciTaskSchema } from './ddci.ts';
import type { LocalizedText } from '../lib/localized.ts';
import { routes } from '../lib/routes.ts';

/** Facets a reader can narrow a list by. */
export type FacetKey = 'year' | 'status' | 'topic' | 'unit' | 'country' | 'kind' | 'type';
export type FacetValues = Partial<Record<FacetKey, string[]>>;

/** How the entries of a browsable section are listed, searched and published. */
export interface Listing<D> {
  /** Facets offered on the list page, in order. */
  facets: FacetKey[];
  /** Type label used by search filters and badges. */
  searchType: string;
  /** The section has its own list page (src/pages/[...lang]/<key>/index.astro), not the generic one. */
  customList?: true;
  /** The date lists sort by (publication, signature, entry into force, issue, start, last check). */
  date: (d: D) => string;
  /** Facet values of an entry (the year comes from `date`). */
  facetValues: (d: D) => FacetValues;
  /** An entry that has a page of its own elsewhere but is named in no list, feed, search or dataset. */
  unlisted?: (d: D) => boolean;
  /** Title and summary of a YAML record, when not its `title` and `summary` fields. */
  texts?: (d: D) => { title: LocalizedText; summary: LocalizedText };
  /** Open data beyond the record's own fields: fields left out, fields added and their values. */
  openData?: {
    omit?: string[];
    extra?: Record<string, object>;
    values: (d: D, abs: (path: string) => string) => Record<string, unknown>;
  };
}

export interface CollectionDef {
  /** Folder under the content root. */
  dir: string;
  /** `mdx`: one MDX file per locale in vi/, zh/, en/; `yaml`: one YAML record per file. */
  format: 'mdx' | 'yaml';
  schema: z.ZodType;
  /**
   * Fields that point at other entries, checked before every build. Keys are dotted paths
   * where `[]` walks a list (e.g. "partners[]", "updates[].unit"); values name the target
   * collection, `*` for a "collection/id" reference, or `documents#code` for a document code.
   */
  refs?: Record<string, string>;
  /** Set for the sections a reader browses: entry pages, lists, facets, feeds, search, open data. */
  listing?: Listing<never>;
}

/** A collection read by the site but not browsed as a section (units, DDCI data). */
function collection<S extends z.ZodType, F extends 'mdx' | 'yaml'>(d: { dir: string; format: F; schema: S; refs?: Record<string, string> }) {
  return d;
}

/** A browsable section: its listing functions see the schema's output type. */
function section<S extends z.ZodType, F extends 'mdx' | 'yaml'>(d: {
  dir: string;
  format: F;
  schema: S;
  refs?: Record<string, string>;
  listing: Listing<z.output<S>>;
}) {
  return d;
}

/** References every page-like entry may carry. */
const ENTRY_REFS = { unit: 'units', sourceDocument: 'documents', 'related[]': '*' };

const topics = (d: { topics: string[] }): FacetValues => ({ topic: d.topics });
const unit = (d: { unit?: string }): FacetValues => (d.unit ? { unit: [d.unit] } : {});
/** Status, topics and unit: the facet values every MDX article section shares. */
const articleFacets = (d: { status: string; topics: string[]; unit?: string }): FacetValues => ({ status: [d.status], ...topics(d), ...unit(d) });

/** A section of MDX articles (an original and its translations per entry) with the entry references. */
function articles<S extends z.ZodType>(dir: string, schema: S, listing: Listing<z.output<S>>) {
  return section({ dir, format: 'mdx' as const, schema, refs: ENTRY_REFS, listing });
}

export const COLLECTIONS = {
  units: collection({ dir: 'units', format: 'yaml', schema: unitSchema }),
  documents: section({
    dir: 'documents',
    format: 'yaml',
    schema: documentSchema,
    refs: { unit: 'units', supersededBy: 'documents#code', 'related[]': '*' },
    listing: {
      facets: ['type', 'status', 'year', 'unit'],
      searchType: 'document',
      date: (d) => d.issued,
      // A restricted document is verifiable at /v/<CODE>/ only.
      unlisted: (d) => d.visibility === 'restricted',
      facetValues: (d) => ({ status: [d.status], ...unit(d), type: [d.type] }),
      openData: {
        // The file name is an internal detail; people get the download and verification addresses.
        omit: ['file'],
        extra: {
          verificationUrl: { type: 'string', format: 'uri', description: 'The address printed in the QR code: /v/<code>/.' },
          fileUrl: { type: ['string', 'null'], format: 'uri', description: 'The published original (PDF); null when the document is restricted or the site holds no copy.' },
        },
        values: (d, abs) => ({
          verificationUrl: abs(routes.verify(d.code)),
          fileUrl: d.visibility === 'public' && d.file ? abs(routes.publishedFile(d.file)) : null,
        }),
      },
    },
  }),
  policies: articles('policies', policySchema, {
    facets: ['status', 'topic', 'year', 'unit'],
    searchType: 'policy',
    date: (d) => d.published,
    facetValues: articleFacets,
  }),
  mous: articles('mous', mouSchema, {
    facets: ['status', 'country', 'year', 'unit'],
    searchType: 'mou',
    date: (d) => d.signed,
    facetValues: (d) => ({ ...articleFacets(d), country: [...new Set(d.partners.map((p) => p.country.toLowerCase()))] }),
  }),
  'trade-agreements': articles('trade-agreements', tradeAgreementSchema, {
    facets: ['status', 'year'],
    searchType: 'agreement',
    date: (d) => d.inForceVietnam,
    facetValues: articleFacets,
  }),
  events: articles('events', eventSchema, {
    facets: ['status', 'kind', 'year', 'topic'],
    searchType: 'event',
    date: (d) => d.start,
    facetValues: (d) => ({ ...articleFacets(d), kind: [d.kind] }),
  }),
  procedures: section({
    dir: 'procedures',
    format: 'yaml',
    schema: procedureSchema,
    refs: ENTRY_REFS,
    listing: { facets: ['topic', 'unit'], searchType: 'procedure', date: (d) => d.updated, facetValues: (d) => ({ ...topics(d), ...unit(d) }) },
  }),
  services: section({
    dir: 'services',
    format: 'yaml',
    schema: serviceSchema,
    refs: ENTRY_REFS,
    listing: { facets: ['unit'], searchType: 'service', customList: true, date: (d) => d.updated, facetValues: (d) => ({ ...topics(d), ...unit(d) }) },
  }),
  faq: section({
    dir: 'faq',
    format: 'yaml',
    schema: faqSchema,
    refs: ENTRY_REFS,
    listing: {
      facets: ['topic', 'unit'],
      searchType: 'faq',
      customList: true,
      date: (d) => d.updated,
      facetValues: (d) => ({ topic: [d.topic], ...unit(d) }),
      texts: (d) => ({ title: d.question, summary: d.answer }),
    },
  }),
  'ddci-indicators': collection({
    dir: 'ddci/indicators',
    format: 'yaml',
    schema: ddciIndicatorSchema,
    refs: { comparedWith: 'ddci-indicators', source: 'documents' },
  }),
  'ddci-results': collection({
    dir: 'ddci/results',
    format: 'yaml',
    schema: ddciResultSchema,
    refs: { source: 'documents', 'indicators[].indicator': 'ddci-indicators', 'indicators[].source': 'documents' },
  }),
  'ddci-plans': collection({ dir: 'ddci/plans', format: 'yaml', schema: ddciPlanSchema, refs: { source: 'documents', 'coordinator[]': 'units' } }),
  'ddci-tasks': collection({
    dir: 'ddci/tasks',
    format: 'yaml',
    schema: ddciTaskSchema,
    refs: {
      indicator: 'ddci-indicators',
      'implementation[].lead[]': 'units',
      'implementation[].partners[]': 'units',
      source: 'documents',
    },
  }),
  glossary: collection({ dir: 'glossary', format: 'yaml', schema: glossarySchema, refs: { 'see[]': '*' } }),
  'best-bets': collection({ dir: 'best-bets', format: 'yaml', schema: bestBetSchema }),
} satisfies Record<string, CollectionDef>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

type Defs = typeof COLLECTIONS;
/** The browsable sections: collections with a listing. */
export type ListSectionKey = { [K in CollectionName]: Defs[K] extends { listing: object } ? K : never }[CollectionName];
/** Sections written as MDX (an original per entry and its translations). */
export type MdxSectionKey = { [K in ListSectionKey]: Defs[K]['format'] extends 'mdx' ? K : never }[ListSectionKey];

/**
 * Order of the lists wherever all sections appear together (open-data index, feeds,
 * search filters, editors' pages). Every listed collection must be here; the check is
 * in src/lib/sections.ts.
 */
export const LIST_ORDER: readonly ListSectionKey[] = ['policies', 'mous', 'trade-agreements', 'documents', 'events', 'procedures', 'services', 'faq'];
