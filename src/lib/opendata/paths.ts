/** Addresses of the open-data files: part of the public URL contract, keep them stable. */
import { routes } from '../routes.ts';

export const API_BASE = routes.api('v1/');

export const apiPaths = {
  index: `${API_BASE}index.json`,
  indexSchema: `${API_BASE}schemas/index.schema.json`,
  openapi: `${API_BASE}openapi.json`,
  datapackage: `${API_BASE}datapackage.json`,
  catalog: routes.catalog(),
  /** The hash-chained register log of verification codes (src/node/register-log.ts). */
  registerLog: `${API_BASE}register-log.json`,
  json: (dataset: string) => `${API_BASE}${dataset}.json`,
  csv: (dataset: string) => `${API_BASE}${dataset}.csv`,
  schema: (dataset: string) => `${API_BASE}schemas/${dataset}.schema.json`,
  record: (dataset: string, id: string) => `${API_BASE}${dataset}/${id}.json`,
};

/** Dataset ids that would collide with the API's own files and folders. */
export const RESERVED_DATASET_IDS = ['index', 'openapi', 'datapackage', 'schemas', 'register-log'] as const;

export const MEDIA_TYPES = {
  json: 'application/json',
  csv: 'text/csv',
  jsonld: 'application/ld+json',
  schema: 'application/schema+json',
  atom: 'application/atom+xml',
  ics: 'text/calendar',
} as const;

/** Content-Type of a published file, from its name (the nginx example in README sets the same). */
export function contentType(path: string): string {
  if (path.endsWith('.schema.json')) return `${MEDIA_TYPES.schema}; charset=utf-8`;
  if (path.endsWith('.json')) return `${MEDIA_TYPES.json}; charset=utf-8`;
  if (path.endsWith('.jsonld')) return `${MEDIA_TYPES.jsonld}; charset=utf-8`;
  if (path.endsWith('.csv')) return `${MEDIA_TYPES.csv}; charset=utf-8; header=present`;
  if (path.endsWith('.xml')) return `${MEDIA_TYPES.atom}; charset=utf-8`;
  if (path.endsWith('.ics')) return `${MEDIA_TYPES.ics}; charset=utf-8`;
  return 'application/octet-stream';
}
