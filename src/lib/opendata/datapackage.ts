/**
 * Frictionless Data Package (v2) of the CSV files: one tabular resource per dataset
 * with a Table Schema whose fields are the CSV columns, so tools such as frictionless
 * validate and type the CSV without guessing.
 */
import { csvColumns, LIST_SEPARATOR, type CsvColumn } from './csv.ts';
import type { Dataset } from './dataset.ts';
import type { IndexEntry } from './envelope.ts';
import type { ExtraFile } from './dcat.ts';
import { LICENSE } from './licence.ts';
import { baseType, type JsonSchema } from './record-schema.ts';

export interface TableField {
  name: string;
  type: string;
  format?: string;
  delimiter?: string;
  itemType?: string;
  constraints?: { required?: boolean; enum?: unknown[] };
}

const PRIMITIVE: Record<string, string> = { string: 'string', integer: 'integer', number: 'number', boolean: 'boolean' };

function primitive(s: JsonSchema): { type: string; format?: string } {
  const t = baseType(s);
  if (t === 'string' && s.format === 'date') return { type: 'date' };
  if (t === 'string' && s.format === 'uri') return { type: 'string', format: 'uri' };
  return { type: PRIMITIVE[t] ?? 'any' };
}

function enumOf(s: JsonSchema): unknown[] | undefined {
  return s.enum ? s.enum.filter((v) => v !== null) : undefined;
}

export function tableField(c: CsvColumn): TableField {
  const constraints: TableField['constraints'] = {};
  // An empty list is an empty cell, so a list column is required only when it may not be empty.
  const mayBeEmpty = c.kind === 'list' && !((c.schema.minItems as number | undefined) ?? 0);
  if (!c.optional && !mayBeEmpty) constraints.required = true;
  let field: TableField;
  if (c.kind === 'json') field = { name: c.name, type: baseType(c.schema) === 'object' ? 'object' : 'array' };
  else if (c.kind === 'list') {
    const item = primitive(c.schema.items ?? {});
    field = { name: c.name, type: 'list', delimiter: LIST_SEPARATOR, itemType: item.type };
  } else {
    field = { name: c.name, ...primitive(c.schema) };
    const values = enumOf(c.schema);
    if (values) constraints.enum = values;
  }
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

export function tableSchema(record: JsonSchema): { fields: TableField[]; primaryKey: string[]; missingValues: string[] } {
  return { fields: csvColumns(record).map(tableField), primaryKey: ['id'], missingValues: [''] };
}

export function dataPackage(
  datasets: readonly Dataset[],
  entries: readonly IndexEntry[],
  info: { name: string; title: string; description: string; homepage: string; contributor: string },
  registerLog?: ExtraFile,
): Record<string, unknown> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: info.name,
    title: info.title,
    description: info.description,
    homepage: info.homepage,
    licenses: [{ name: LICENSE.id, path: LICENSE.url, title: LICENSE.title }],
    contributors: [{ title: info.contributor, roles: ['publisher'] }],
    resources: datasets.map((ds) => {
      const e = byId.get(ds.id)!;
      return {
        name: ds.id,
        type: 'table',
        title: ds.title.en ?? ds.title.vi,
        description: ds.description.en ?? ds.description.vi,
        path: `${ds.id}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: e.bytes.csv,
        hash: `sha256:${e.sha256.csv}`,
        dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
        schema: tableSchema(ds.schema),
      };
    }).concat(
      // Not a table: the chain of register events, as published (see the open-data page).
      registerLog
        ? [
            {
              name: 'register-log',
              title: registerLog.title.en ?? registerLog.title.vi,
              description: registerLog.description.en ?? registerLog.description.vi,
              path: 'register-log.json',
              format: 'json',
              mediatype: 'application/json',
              encoding: 'utf-8',
              bytes: registerLog.bytes,
              hash: `sha256:${registerLog.sha256}`,
              // The resources array is typed for tables (each with a schema); this one has none.
              // eslint-disable-next-line @typescript-eslint/no-explicit-any
            } as any,
          ]
        : [],
    ),
  };
}
