/**
 * The shape of an open-data record, derived from a collection's zod schema so that
 * nothing is typed twice: z.toJSONSchema gives the content schema, and this module
 * turns it into the published record schema, with three changes that make records
 * uniform and easy to reuse:
 *   - every localized text is `{ vi, zh, en }` with `null` where not translated;
 *   - every field is present (an absent optional field is `null`), so JSON records
 *     and CSV rows always have the same columns;
 *   - dates (YYYY-MM-DD) are marked `format: "date"`.
 */
import { LOCALES } from '../locales.ts';
import { z } from 'astro/zod';

/** A JSON Schema (2020-12) node; only the keywords this module reads are typed. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  title?: string;
  description?: string;
  additionalProperties?: boolean | JsonSchema;
  [keyword: string]: unknown;
}

/** The pattern zod emits for the content schemas' `isoDate`. */
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

const LANGS = LOCALES;

/** Text in the three languages as published: Vietnamese always, translations or null. */
export function localizedRecordSchema(description?: string): JsonSchema {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    properties: {
      vi: { type: 'string', minLength: 1 },
      zh: { type: ['string', 'null'], minLength: 1 },
      en: { type: ['string', 'null'], minLength: 1 },
    },
    required: [...LANGS],
    additionalProperties: false,
  };
}

/** True for the content schemas' `localized` object ({ vi, zh?, en? }). */
export function isLocalizedSchema(s: JsonSchema): boolean {
  if (!s.properties || typeof s.properties !== 'object') return false;
  const keys = Object.keys(s.properties).sort();
  // Lists per language (the glossary's variants, best-bet queries) are objects of their own, not texts.
  const texts = Object.values(s.properties as Record<string, JsonSchema>).every((p) => p.type === 'string');
  return keys.length === 3 && keys.join(',') === 'en,vi,zh' && texts;
}

/** The JSON Schema of a zod schema's output (what a parsed entry looks like). */
export function contentJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
}

/** The non-null type of a schema node ("object", "array", "string"…; "string" for unions of strings). */
export function baseType(s: JsonSchema): string {
  if (s.anyOf) {
    const types = new Set(s.anyOf.map(baseType).filter((t) => t !== 'null'));
    return types.size === 1 ? [...types][0]! : 'mixed';
  }
  if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null') ?? 'null';
  if (s.type) return s.type;
  if (s.const !== undefined) return typeof s.const;
  if (s.enum) return typeof s.enum[0];
  return 'mixed';
}

export function isNullable(s: JsonSchema): boolean {
  if (s.anyOf) return s.anyOf.some(isNullable);
  return Array.isArray(s.type) ? s.type.includes('null') : s.type === 'null';
}

function nullable(s: JsonSchema): JsonSchema {
  if (isNullable(s)) return s;
  if (s.anyOf) return { ...s, anyOf: [...s.anyOf, { type: 'null' }] };
  if (typeof s.type !== 'string') return { anyOf: [s, { type: 'null' }] };
  const out: JsonSchema = { ...s, type: [s.type as string, 'null'] };
  if (s.enum) out.enum = [...s.enum, null];
  return out;
}

/** Recursively turns a content schema node into a record schema node (see the module comment). */
export function toRecordSchema(s: JsonSchema): JsonSchema {
  const { $schema: _schema, default: _default, ...rest } = s;
  // zod writes `x.nullable()` as anyOf [x, null]; fold it into x so a nullable text still
  // gets one CSV column per language.
  if (rest.anyOf?.length === 2) {
    const others = rest.anyOf.filter((a) => a.type !== 'null');
    if (others.length === 1 && typeof others[0]!.type === 'string') {
      const { anyOf: _anyOf, ...outer } = rest;
      return nullable(toRecordSchema({ ...others[0]!, ...outer }));
    }
  }
  if (isLocalizedSchema(rest)) return localizedRecordSchema(rest.description);
  if (rest.anyOf) return { ...rest, anyOf: rest.anyOf.map(toRecordSchema) };
  if (rest.type === 'object' && rest.properties) {
    const required = new Set(rest.required ?? []);
    const properties: Record<string, JsonSchema> = {};
    for (const [key, prop] of Object.entries(rest.properties)) {
      const mapped = toRecordSchema(prop);
      properties[key] = required.has(key) ? mapped : nullable(mapped);
    }
    return { ...rest, properties, required: Object.keys(properties), additionalProperties: false };
  }
  if (rest.type === 'array' && rest.items) return { ...rest, items: toRecordSchema(rest.items) };
  if (rest.type === 'string' && rest.pattern === DATE_PATTERN) return { ...rest, format: 'date' };
  return rest;
}

export interface RecordSchemaOptions {
  /** Fields written in Vietnamese in the content schema whose translations live elsewhere (MDX translations). */
  translatable?: readonly string[];
  /** Fields never published (e.g. the file name of a restricted document). */
  omit?: readonly string[];
  /** Fields put first (identity: id, url). */
  lead?: Record<string, JsonSchema>;
  /** Fields added after the content's own. */
  extra?: Record<string, JsonSchema>;
}

/** The published record schema of a collection, from its zod schema. */
export function recordSchemaFromZod(schema: z.ZodType, opts: RecordSchemaOptions = {}): JsonSchema {
  const content = contentJsonSchema(schema);
  if (content.type !== 'object' || !content.properties) throw new Error('a collection schema must be an object');
  const props: Record<string, JsonSchema> = {};
  for (const [key, prop] of Object.entries(content.properties)) {
    if (opts.omit?.includes(key)) continue;
    props[key] = opts.translatable?.includes(key) ? localizedRecordSchema(prop.description) : prop;
  }
  const required = (content.required ?? []).filter((k) => k in props);
  const body = toRecordSchema({ type: 'object', properties: props, required, additionalProperties: false });
  const properties = { ...(opts.lead ?? {}), ...body.properties, ...(opts.extra ?? {}) };
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
}

/**
 * Shapes data to a record schema: keys in schema order, localized texts as
 * `{ vi, zh, en }`, absent values as null. Keys the schema does not name are left out,
 * which is how omitted fields stay unpublished.
 */
export function conform(s: JsonSchema, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (isLocalizedSchema(s)) {
    const v = value as Record<string, unknown>;
    return { vi: v.vi ?? null, zh: v.zh ?? null, en: v.en ?? null };
  }
  const type = baseType(s);
  if (type === 'object' && s.properties) {
    const v = value as Record<string, unknown>;
    return Object.fromEntries(Object.entries(s.properties).map(([k, p]) => [k, conform(p, v[k])]));
  }
  if (type === 'array' && s.items && Array.isArray(value)) return value.map((x) => conform(s.items!, x));
  return value;
}
