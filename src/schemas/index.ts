/**
 * Every content collection, where its files live and which schema checks them.
 * The Astro content config, `npm run check`, open data and the tests all read this
 * one table, so adding a collection here is enough for all of them to see it.
 */
import type { z } from 'astro/zod';
import { documentSchema } from './documents.ts';
import { eventSchema, mouSchema, policySchema, tradeAgreementSchema } from './articles.ts';
import { faqSchema, procedureSchema, serviceSchema } from './records.ts';
import { unitSchema } from './units.ts';
import { glossarySchema } from './glossary.ts';
import { bestBetSchema } from './best-bets.ts';
import { ddciIndicatorSchema, ddciPlanSchema, ddciResultSchema, ddciTaskSchema } from './ddci.ts';

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
}

/** References every page-like entry may carry. */
const ENTRY_REFS = { unit: 'units', sourceDocument: 'documents', 'related[]': '*' };

export const COLLECTIONS = {
  units: { dir: 'units', format: 'yaml', schema: unitSchema },
  documents: {
    dir: 'documents',
    format: 'yaml',
    schema: documentSchema,
    refs: { unit: 'units', supersededBy: 'documents#code', 'related[]': '*' },
  },
  policies: { dir: 'policies', format: 'mdx', schema: policySchema, refs: ENTRY_REFS },
  mous: { dir: 'mous', format: 'mdx', schema: mouSchema, refs: ENTRY_REFS },
  'trade-agreements': { dir: 'trade-agreements', format: 'mdx', schema: tradeAgreementSchema, refs: ENTRY_REFS },
  events: { dir: 'events', format: 'mdx', schema: eventSchema, refs: ENTRY_REFS },
  procedures: { dir: 'procedures', format: 'yaml', schema: procedureSchema, refs: ENTRY_REFS },
  services: { dir: 'services', format: 'yaml', schema: serviceSchema, refs: ENTRY_REFS },
  faq: { dir: 'faq', format: 'yaml', schema: faqSchema, refs: ENTRY_REFS },
  'ddci-indicators': {
    dir: 'ddci/indicators',
    format: 'yaml',
    schema: ddciIndicatorSchema,
    refs: { comparedWith: 'ddci-indicators', source: 'documents' },
  },
  'ddci-results': {
    dir: 'ddci/results',
    format: 'yaml',
    schema: ddciResultSchema,
    refs: { source: 'documents', 'indicators[].indicator': 'ddci-indicators', 'indicators[].source': 'documents' },
  },
  'ddci-plans': { dir: 'ddci/plans', format: 'yaml', schema: ddciPlanSchema, refs: { source: 'documents', 'coordinator[]': 'units' } },
  'ddci-tasks': {
    dir: 'ddci/tasks',
    format: 'yaml',
    schema: ddciTaskSchema,
    refs: {
      indicator: 'ddci-indicators',
      'implementation[].lead[]': 'units',
      'implementation[].partners[]': 'units',
      source: 'documents',
    },
  },
  glossary: { dir: 'glossary', format: 'yaml', schema: glossarySchema, refs: { 'see[]': '*' } },
  'best-bets': { dir: 'best-bets', format: 'yaml', schema: bestBetSchema },
} as const satisfies Record<string, CollectionDef>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
