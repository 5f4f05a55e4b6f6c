/**
 * What a dataset is, independent of where its records come from. Content collections,
 * DDCI figures or anything added later become datasets through builders (functions
 * returning Dataset[]), and every published file is derived from this one shape.
 */
import type { JsonSchema } from './record-schema.ts';

/** Text in the three languages as published: Vietnamese always, a translation or null. */
export interface Text3 {
  vi: string;
  zh: string | null;
  en: string | null;
}

export interface DatasetRecord {
  /** Stable identifier within the dataset; also the file name of `<dataset>/<id>.json`. */
  id: string;
  [field: string]: unknown;
}

export interface Dataset {
  /** URL segment: /api/v1/<id>.json. */
  id: string;
  title: Text3;
  description: Text3;
  /** Records already shaped to `schema` (see conform in record-schema.ts). */
  records: DatasetRecord[];
  /** JSON Schema of one record. */
  schema: JsonSchema;
  /** Newest content date in the dataset (YYYY-MM-DD), null when its content carries no dates. */
  lastModified: string | null;
  /** Locale-independent path of the page where people read the same entries, e.g. "/policies/". */
  page?: string;
  /** Where a record comes from, to name the file in error messages. */
  source?: (id: string) => string;
}

export type DatasetBuilder = () => Promise<Dataset[]>;

/** Dataset ids and record ids become file names and URL segments. */
export const DATASET_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const RECORD_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function text3(v: { vi: string; zh?: string | null; en?: string | null }): Text3 {
  return { vi: v.vi, zh: v.zh ?? null, en: v.en ?? null };
}

/** Checks the invariants every publisher relies on; throws with the dataset and record named. */
export function checkDataset(ds: Dataset): void {
  if (!DATASET_ID_RE.test(ds.id)) throw new Error(`dataset id "${ds.id}" must be a slug (lower-case letters, digits, hyphens)`);
  const seen = new Set<string>();
  for (const r of ds.records) {
    const where = ds.source ? `${ds.source(r.id)}: ` : `dataset ${ds.id}: `;
    if (typeof r.id !== 'string' || !RECORD_ID_RE.test(r.id))
      throw new Error(`${where}record id "${String(r.id)}" must be letters, digits, ".", "_" or "-"`);
    if (seen.has(r.id)) throw new Error(`${where}record id "${r.id}" appears twice in dataset ${ds.id}`);
    seen.add(r.id);
  }
}

/** The latest of some YYYY-MM-DD dates, or null. */
export function latestDate(dates: readonly (string | null | undefined)[]): string | null {
  let max: string | null = null;
  for (const d of dates) if (d && (max === null || d > max)) max = d;
  return max;
}
