/**
 * Every open-data file, computed at once from the datasets: the index, each dataset as
 * JSON and CSV, one file per record, the JSON Schemas, OpenAPI, the Data Package and
 * the DCAT catalogue. The result is a map from site path to text; the endpoints under
 * src/pages only look their file up, so all files agree with each other (counts,
 * hashes, links) and the same content always gives the same bytes.
 */
import { toCsv } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { checkDataset, latestDate, type Dataset, type Text3 } from './dataset.ts';
import { dcatCatalog } from './dcat.ts';
import { datasetJsonSchema, indexJsonSchema, type IndexEntry, type IndexFile } from './envelope.ts';
import { byteLength, sha256Hex } from './hash.ts';
import { stableJson } from './json.ts';
import { LICENSE } from './licence.ts';
import { openApi } from './openapi.ts';
import { apiPaths, RESERVED_DATASET_IDS } from './paths.ts';
import type { JsonSchema } from './record-schema.ts';
import { LOCALES } from '../locales.ts';
import { localePath } from '../urls.ts';

export interface PublishContext {
  /** Public origin, e.g. "https://songoaivu.langson.gov.vn/". */
  site: string;
  title: Text3;
  description: Text3;
  publisher: { name: Text3; email: string; url: string; phone?: string };
  /** Locale-independent path of the human open-data page. */
  page: string;
  /** The register log, published as it is (not a table: a chain of events). */
  registerLog?: { text: string; title: Text3; description: Text3; lastModified: string | null };
}

export interface Publication {
  /** Site path → file text. */
  files: Map<string, string>;
  index: IndexFile;
  /** Records marked `sample: true` per dataset, for the open-data page's honesty note. */
  samples: Map<string, number>;
}

export function publishOpenData(input: readonly Dataset[], ctx: PublishContext): Publication {
  const abs = (path: string) => new URL(path, ctx.site).href;
  const pageUrls = (path: string) => Object.fromEntries(LOCALES.map((l) => [l, abs(localePath(l, path))])) as { vi: string; zh: string; en: string };
  const datasets = [...input].sort((a, b) => a.id.localeCompare(b.id));
  const seen = new Set<string>();
  for (const ds of datasets) {
    if ((RESERVED_DATASET_IDS as readonly string[]).includes(ds.id)) throw new Error(`dataset id "${ds.id}" is reserved by the API`);
    if (seen.has(ds.id)) throw new Error(`two datasets are named "${ds.id}"`);
    seen.add(ds.id);
    checkDataset(ds);
  }

  const files = new Map<string, string>();
  const entries: IndexEntry[] = [];
  const datasetSchemas = new Map<string, JsonSchema>();
  const samples = new Map<string, number>();
  const publisher = { name: ctx.publisher.name, email: ctx.publisher.email, url: ctx.publisher.url };

  for (const ds of datasets) {
    const records = [...ds.records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const schemaUrl = abs(apiPaths.schema(ds.id));
    const schema = datasetJsonSchema(ds.id, schemaUrl, ds.title.en ?? ds.title.vi, ds.schema);
    datasetSchemas.set(ds.id, schema);
    const head = {
      id: ds.id,
      title: ds.title,
      description: ds.description,
      license: { ...LICENSE },
      lastModified: ds.lastModified,
      count: records.length,
      links: {
        json: abs(apiPaths.json(ds.id)),
        csv: abs(apiPaths.csv(ds.id)),
        schema: schemaUrl,
        record: abs(apiPaths.record(ds.id, '{id}')).replace('%7Bid%7D', '{id}'),
        page: ds.page ? pageUrls(ds.page) : null,
      },
    };
    const json = stableJson({ $schema: schemaUrl, ...head, publisher, records });
    const where = (r: unknown) => {
      const rid = (r as { id: string }).id;
      return ds.source ? `${ds.source(rid)}: ` : `dataset ${ds.id}, record ${rid}: `;
    };
    const csv = toCsv(ds.schema, records, where);
    const schemaText = stableJson(schema);
    samples.set(ds.id, records.filter((r) => r.sample === true).length);
    files.set(apiPaths.json(ds.id), json);
    files.set(apiPaths.csv(ds.id), csv);
    files.set(apiPaths.schema(ds.id), schemaText);
    for (const r of records) files.set(apiPaths.record(ds.id, r.id), stableJson(r));
    entries.push({
      ...head,
      sha256: { json: sha256Hex(json), csv: sha256Hex(csv), schema: sha256Hex(schemaText) },
      bytes: { json: byteLength(json), csv: byteLength(csv), schema: byteLength(schemaText) },
    });
  }

  const lastModified = latestDate(entries.map((e) => e.lastModified));
  const indexSchemaUrl = abs(apiPaths.indexSchema);
  const indexSchema = indexJsonSchema(indexSchemaUrl);
  const index: IndexFile = {
    $schema: indexSchemaUrl,
    title: ctx.title,
    description: ctx.description,
    publisher,
    license: { ...LICENSE },
    lastModified,
    links: {
      catalog: abs(apiPaths.catalog),
      openapi: abs(apiPaths.openapi),
      datapackage: abs(apiPaths.datapackage),
      page: pageUrls(ctx.page),
    },
    datasets: entries,
  };
  const log = ctx.registerLog
    ? {
        url: abs(apiPaths.registerLog),
        landingPage: `${pageUrls(ctx.page).vi}#register-log`,
        title: ctx.registerLog.title,
        description: ctx.registerLog.description,
        lastModified: ctx.registerLog.lastModified,
        bytes: byteLength(ctx.registerLog.text),
        sha256: sha256Hex(ctx.registerLog.text),
      }
    : undefined;
  if (ctx.registerLog) files.set(apiPaths.registerLog, ctx.registerLog.text);
  files.set(apiPaths.index, stableJson(index));
  files.set(apiPaths.indexSchema, stableJson(indexSchema));
  files.set(
    apiPaths.openapi,
    stableJson(openApi(datasets, { site: ctx.site, title: ctx.title, description: ctx.description, publisher, indexSchema, datasetSchemas })),
  );
  files.set(
    apiPaths.datapackage,
    stableJson(
      dataPackage(datasets, entries, {
        name: 'songoaivu-langson',
        title: ctx.title.en ?? ctx.title.vi,
        description: ctx.description.en ?? ctx.description.vi,
        homepage: pageUrls(ctx.page).vi,
        contributor: ctx.publisher.name.en ?? ctx.publisher.name.vi,
      }, log),
    ),
  );
  files.set(
    apiPaths.catalog,
    stableJson(
      dcatCatalog(datasets, entries, {
        url: abs(apiPaths.catalog),
        title: ctx.title,
        description: ctx.description,
        page: pageUrls(ctx.page).vi,
        homepage: abs('/'),
        datapackage: abs(apiPaths.datapackage),
        publisher: ctx.publisher,
        lastModified,
      }, log),
    ),
  );
  return { files, index, samples };
}
