/**
 * OpenAPI 3.1 description of every open-data endpoint. The API is a set of static
 * files, so every operation is a GET without query parameters; the schemas are the
 * same JSON Schemas that are published under /api/v1/schemas/.
 */
import type { Dataset, Text3 } from './dataset.ts';
import { LICENSE } from './licence.ts';
import { apiPaths, MEDIA_TYPES } from './paths.ts';
import type { JsonSchema } from './record-schema.ts';

export interface OpenApiInfo {
  site: string;
  title: Text3;
  description: Text3;
  publisher: { name: Text3; email: string; url: string };
  /** Schema of the index file and of each dataset file (with $defs.record), as published. */
  indexSchema: JsonSchema;
  datasetSchemas: ReadonlyMap<string, JsonSchema>;
}

/** A published schema without its own identity keywords, so it can sit in components. */
function component(s: JsonSchema, recordRef?: string): JsonSchema {
  const { $id: _id, $schema: _schema, $defs: _defs, ...rest } = s;
  if (!recordRef) return rest;
  return { ...rest, properties: { ...rest.properties, records: { type: 'array', items: { $ref: recordRef } } } };
}

const ok = (description: string, media: string, schema: JsonSchema) => ({
  '200': { description, content: { [media]: { schema } } },
});
const notFound = { '404': { description: 'No such file.' } };

export function openApi(datasets: readonly Dataset[], info: OpenApiInfo): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, JsonSchema> = { index: component(info.indexSchema) };
  const en = (t: Text3) => t.en ?? t.vi;

  paths[apiPaths.index] = {
    get: {
      operationId: 'getIndex',
      summary: 'List every dataset with counts, dates, links and SHA-256 of each file',
      responses: ok('The dataset index.', MEDIA_TYPES.json, { $ref: '#/components/schemas/index' }),
    },
  };
  for (const ds of datasets) {
    const published = info.datasetSchemas.get(ds.id)!;
    const recordRef = `#/components/schemas/${ds.id}.record`;
    schemas[`${ds.id}.record`] = component((published.$defs as Record<string, JsonSchema>).record!);
    schemas[`${ds.id}.dataset`] = component(published, recordRef);
    const tag = ds.id;
    paths[apiPaths.json(ds.id)] = {
      get: {
        operationId: `get-${ds.id}-json`,
        tags: [tag],
        summary: `${en(ds.title)}: metadata and every record (JSON)`,
        description: en(ds.description),
        responses: ok('The dataset.', MEDIA_TYPES.json, { $ref: `#/components/schemas/${ds.id}.dataset` }),
      },
    };
    paths[apiPaths.csv(ds.id)] = {
      get: {
        operationId: `get-${ds.id}-csv`,
        tags: [tag],
        summary: `${en(ds.title)}: one row per record (CSV, UTF-8 with BOM)`,
        responses: ok('The dataset as CSV; columns are described in datapackage.json.', MEDIA_TYPES.csv, { type: 'string' }),
      },
    };
    paths[apiPaths.record(ds.id, '{id}')] = {
      get: {
        operationId: `get-${ds.id}-record`,
        tags: [tag],
        summary: `${en(ds.title)}: one record`,
        parameters: [
          { name: 'id', in: 'path', required: true, description: 'Record id, as in the `id` field.', schema: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' } },
        ],
        responses: { ...ok('The record.', MEDIA_TYPES.json, { $ref: recordRef }), ...notFound },
      },
    };
    paths[apiPaths.schema(ds.id)] = {
      get: {
        operationId: `get-${ds.id}-schema`,
        tags: [tag],
        summary: `${en(ds.title)}: JSON Schema of the JSON file`,
        responses: ok('JSON Schema 2020-12.', MEDIA_TYPES.schema, { type: 'object' }),
      },
    };
  }
  paths[apiPaths.datapackage] = {
    get: { operationId: 'getDataPackage', summary: 'Frictionless Data Package of every CSV file', responses: ok('Data Package v2.', MEDIA_TYPES.json, { type: 'object' }) },
  };
  paths[apiPaths.catalog] = {
    get: { operationId: 'getCatalog', summary: 'DCAT-AP catalogue of every dataset', responses: ok('JSON-LD.', MEDIA_TYPES.jsonld, { type: 'object' }) },
  };
  paths[apiPaths.openapi] = {
    get: { operationId: 'getOpenApi', summary: 'This description', responses: ok('OpenAPI 3.1.', MEDIA_TYPES.json, { type: 'object' }) },
  };
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: en(info.title),
      version: '1.0.0',
      description: `${en(info.description)}\n\n${info.description.vi}`,
      contact: { name: en(info.publisher.name), email: info.publisher.email, url: info.publisher.url },
      license: { name: LICENSE.title, identifier: LICENSE.id },
    },
    servers: [{ url: info.site.replace(/\/$/, '') }],
    tags: datasets.map((ds) => ({ name: ds.id, description: en(ds.title) })),
    paths,
    components: { schemas },
  };
}
