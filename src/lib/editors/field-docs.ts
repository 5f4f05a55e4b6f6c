/**
 * What each collection holds, for the editors' guide, read from the doc written on the
 * collection's schema (src/schemas/field-doc.ts). The explanations of single fields are
 * on the fields' schemas too and reach the guide through src/lib/schema-introspect.ts.
 */
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { fieldDocOf, type FieldDoc } from '../../schemas/field-doc.ts';

export type { FieldDoc };

export const COLLECTION_DOCS: Partial<Record<CollectionName, FieldDoc>> = Object.fromEntries(
  COLLECTION_NAMES.flatMap((name) => {
    const doc = fieldDocOf(COLLECTIONS[name].schema);
    return doc ? [[name, doc]] : [];
  }),
);
