/**
 * CSV for spreadsheets, derived from the record schema. Rules (also stated in the
 * README and in each CSV's Frictionless table schema):
 *   - UTF-8 with a byte-order mark, so Excel shows Vietnamese and Chinese correctly;
 *     RFC 4180: comma separator, CRLF line ends, quotes only where needed, `""` inside;
 *   - one column per field; nested objects are flattened with `_`:
 *     `title_vi`, `title_zh`, `title_en`, `signer_position_en`;
 *   - a list of plain values is one cell, values joined by "; " (topics, members);
 *   - a list of objects (updates, partners, steps) is one cell of compact JSON;
 *   - null is an empty cell; booleans are `true` / `false`.
 */
import { stringify } from 'csv-stringify/sync';
import { baseType, isNullable, type JsonSchema } from './record-schema.ts';

export const LIST_SEPARATOR = '; ';

export interface CsvColumn {
  /** Header text, e.g. "title_vi". */
  name: string;
  /** Where the value sits in a record, e.g. ["title", "vi"]. */
  path: string[];
  /** scalar: one value; list: plain values joined by "; "; json: compact JSON text. */
  kind: 'scalar' | 'list' | 'json';
  /** Schema of the value at `path`. */
  schema: JsonSchema;
  /** True when the cell can be empty (the value or one of its parents may be null). */
  optional: boolean;
}

const SCALARS = new Set(['string', 'number', 'integer', 'boolean']);

export function csvColumns(schema: JsonSchema): CsvColumn[] {
  const out: CsvColumn[] = [];
  const walk = (s: JsonSchema, path: string[], optional: boolean) => {
    const type = baseType(s);
    const opt = optional || isNullable(s);
    if (type === 'object' && s.properties) {
      for (const [key, prop] of Object.entries(s.properties)) walk(prop, [...path, key], opt);
      return;
    }
    let kind: CsvColumn['kind'] = 'scalar';
    if (type === 'array') kind = s.items && SCALARS.has(baseType(s.items)) ? 'list' : 'json';
    else if (!SCALARS.has(type)) kind = 'json';
    out.push({ name: path.join('_'), path, kind, schema: s, optional: opt });
  };
  walk(schema, [], false);
  const seen = new Set<string>();
  for (const c of out) {
    if (seen.has(c.name)) throw new Error(`two CSV columns would be named "${c.name}"; rename one of the fields`);
    seen.add(c.name);
  }
  return out;
}

function valueAt(record: unknown, path: readonly string[]): unknown {
  let v = record;
  for (const key of path) {
    if (v === null || v === undefined || typeof v !== 'object') return null;
    v = (v as Record<string, unknown>)[key];
  }
  return v ?? null;
}

/** Compact JSON with sorted keys, for list-of-object cells. */
function compactJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v,
  );
}

export class CsvValueError extends Error {
  override name = 'CsvValueError';
}

export function csvCell(column: CsvColumn, record: unknown, where = ''): string {
  const v = valueAt(record, column.path);
  if (v === null) return '';
  if (column.kind === 'json') return compactJson(v);
  if (column.kind === 'list') {
    const items = (v as unknown[]).map((x) => String(x));
    for (const item of items)
      if (item.includes(LIST_SEPARATOR.trim()))
        throw new CsvValueError(
          `${where}field "${column.path.join('.')}": the value "${item}" contains "${LIST_SEPARATOR.trim()}", which separates list items in the CSV; write it without a semicolon`,
        );
    return items.join(LIST_SEPARATOR);
  }
  return String(v);
}

/** The CSV text of records (with BOM and CRLF). `where(record)` names a record in errors. */
export function toCsv(schema: JsonSchema, records: readonly unknown[], where: (r: unknown) => string = () => ''): string {
  const columns = csvColumns(schema);
  const rows = records.map((r) => columns.map((c) => csvCell(c, r, where(r))));
  return stringify([columns.map((c) => c.name), ...rows], {
    bom: true,
    record_delimiter: 'windows',
    eof: true,
    // csv-stringify quotes a cell holding the record delimiter (CRLF) but not a bare LF;
    // RFC 4180 readers (Excel) need every cell with a line break quoted.
    quoted_match: /[\r\n]/,
  });
}
