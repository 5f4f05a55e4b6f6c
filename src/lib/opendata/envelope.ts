/**
 * The wrapper formats of the API (the index and each dataset file around its records),
 * written once in zod: they validate what we publish in tests and become the published
 * JSON Schemas through z.toJSONSchema, like the record schemas.
 */
import { z } from 'astro/zod';
import { LICENSE } from './licence.ts';
import type { JsonSchema } from './record-schema.ts';

const text3 = z
  .strictObject({
    vi: z.string().min(1),
    zh: z.string().min(1).nullable(),
    en: z.string().min(1).nullable(),
  })
  .describe('Text in Vietnamese (authoritative), Simplified Chinese and English; null where not translated.');

const urls3 = z
  .strictObject({ vi: z.url(), zh: z.url(), en: z.url() })
  .describe('The same page in Vietnamese, Chinese and English.');

const license = z
  .strictObject({ id: z.literal(LICENSE.id), title: z.literal(LICENSE.title), url: z.literal(LICENSE.url) })
  .describe('Licence of the data: reuse freely, citing the department as the source.');

const publisher = z.strictObject({
  name: text3,
  email: z.email(),
  url: z.url(),
});

const datasetLinks = z.strictObject({
  json: z.url().describe('This dataset as JSON (metadata and every record).'),
  csv: z.url().describe('This dataset as CSV (UTF-8 with BOM, one row per record).'),
  schema: z.url().describe('JSON Schema of the JSON file; $defs.record describes one record.'),
  record: z.string().describe('URI template of one record: replace {id} with a record id.'),
  page: urls3.nullable().describe('Where people read the same entries on the website.'),
});

const head = {
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: text3,
  description: text3,
  license,
  lastModified: z.iso.date().nullable().describe('Newest content date in the dataset (not the build time).'),
  count: z.int().min(0).describe('Number of records.'),
  links: datasetLinks,
};

const hashes = z.strictObject({ json: z.string().regex(/^[0-9a-f]{64}$/), csv: z.string().regex(/^[0-9a-f]{64}$/), schema: z.string().regex(/^[0-9a-f]{64}$/) });
const sizes = z.strictObject({ json: z.int().min(0), csv: z.int().min(0), schema: z.int().min(0) });

export const datasetFileSchema = z.strictObject({
  $schema: z.url(),
  ...head,
  publisher,
  records: z.array(z.unknown()),
});

export const indexFileSchema = z.strictObject({
  $schema: z.url(),
  title: text3,
  description: text3,
  publisher,
  license,
  lastModified: z.iso.date().nullable(),
  links: z.strictObject({
    catalog: z.url().describe('DCAT-AP catalogue (JSON-LD).'),
    openapi: z.url().describe('OpenAPI 3.1 description of every endpoint.'),
    datapackage: z.url().describe('Frictionless Data Package of the CSV files.'),
    page: urls3,
  }),
  datasets: z.array(
    z.strictObject({
      ...head,
      sha256: hashes.describe('SHA-256 of each file as served (UTF-8 bytes).'),
      bytes: sizes,
    }),
  ),
});

export type DatasetFile = z.infer<typeof datasetFileSchema>;
export type IndexFile = z.infer<typeof indexFileSchema>;
export type IndexEntry = IndexFile['datasets'][number];

function toJson(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'output', target: 'draft-2020-12' }) as JsonSchema;
}

/** JSON Schema of a dataset file, with its record schema under $defs.record. */
export function datasetJsonSchema(id: string, schemaUrl: string, title: string, record: JsonSchema): JsonSchema {
  const base = toJson(datasetFileSchema);
  const properties = { ...base.properties, records: { type: 'array', items: { $ref: '#/$defs/record' } } };
  return { ...base, $id: schemaUrl, title, properties, $defs: { record: { title: `${id} record`, ...record } } };
}

export function indexJsonSchema(schemaUrl: string): JsonSchema {
  return { ...toJson(indexFileSchema), $id: schemaUrl, title: 'Open data index' };
}
