/**
 * Reads the shape of a zod schema so editor tools can speak about fields without a
 * second, hand-kept list: the `new` templates, the field tables of the editor guide and
 * the "did you mean …?" hints of the content check all come from the same schemas.
 * Only the zod 4 definitions the content schemas use are understood; anything else is
 * reported as kind "other" rather than guessed.
 */
import { LOCALES } from './locales.ts';
import type { z } from 'astro/zod';
import { countryCode, entryRef, isoDate, localized, partialDate, slug } from '../schemas/common.ts';
import { fieldDocOf, type FieldDoc } from '../schemas/field-doc.ts';

export type FieldKind =
  | 'localized'
  | 'date'
  | 'slug'
  | 'ref'
  | 'country'
  | 'text'
  | 'email'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'enum'
  | 'literal'
  | 'list'
  | 'object'
  | 'union'
  | 'other';

export interface FieldInfo {
  kind: FieldKind;
  /** Allowed values of an enum (or literal). */
  values?: string[];
  /** Element of a list. */
  element?: FieldInfo;
  /** Fields of an object, in schema order. */
  fields?: Record<string, FieldSpec>;
  /** Options of a union. */
  options?: FieldInfo[];
  /** Smallest length (text, list) or value (number). */
  min?: number;
  /** Regular expression a text must match, when the schema sets one. */
  pattern?: RegExp;
}

export interface FieldSpec extends FieldInfo {
  /** False when the field may be left out (optional or with a default). */
  required: boolean;
  /** What the field means, from its schema (src/schemas/field-doc.ts). */
  doc?: FieldDoc;
  /** The value used when the field is left out. */
  defaultValue?: unknown;
}

// zod's internal definitions differ per type and are not exported as one type: read loosely, by name.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Def = { type: string; [k: string]: any };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

function minOf(def: Def): number | undefined {
  for (const c of (def.checks ?? []) as { _zod: { def: Def } }[]) {
    const cd = c._zod.def as Def;
    if (cd.check === 'min_length') return cd.minimum;
    if (cd.check === 'greater_than') return cd.value;
  }
  return undefined;
}

function patternOf(def: Def): RegExp | undefined {
  if (def.pattern instanceof RegExp) return def.pattern;
  for (const c of (def.checks ?? []) as { _zod: { def: Def } }[]) {
    const cd = c._zod.def as Def;
    if (cd.pattern instanceof RegExp) return cd.pattern;
  }
  return undefined;
}

/** What a (non-wrapped) schema accepts. */
export function describeSchema(schema: unknown): FieldInfo {
  // The shared building blocks are recognised by identity: they carry meaning a type cannot.
  // A documented copy (`.apply(doc(…))`) shares its original's definition object.
  const def = defOf(schema);
  if (def === defOf(localized)) return { kind: 'localized' };
  if (def === defOf(isoDate) || def === defOf(partialDate)) return { kind: 'date' };
  if (def === defOf(slug)) return { kind: 'slug', pattern: patternOf(defOf(slug)) };
  if (def === defOf(entryRef)) return { kind: 'ref', pattern: patternOf(defOf(entryRef)) };
  if (def === defOf(countryCode)) return { kind: 'country', pattern: patternOf(defOf(countryCode)) };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
      return describeSchema(def.innerType);
    case 'pipe':
      // z.preprocess(fn, schema) is a pipe whose output side is the real schema.
      return describeSchema(defOf(def.in).type === 'transform' ? def.out : def.in);
    case 'string': {
      if (def.format === 'email') return { kind: 'email' };
      const info: FieldInfo = { kind: 'text' };
      const min = minOf(def);
      if (min !== undefined) info.min = min;
      const pattern = patternOf(def);
      if (pattern) info.pattern = pattern;
      return info;
    }
    case 'number': {
      const min = minOf(def);
      const int = (def.checks ?? []).some((c: any) => c._zod.def.format === 'safeint') || def.format === 'safeint';
      return min === undefined ? { kind: int ? 'integer' : 'number' } : { kind: int ? 'integer' : 'number', min };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries as Record<string, string>) };
    case 'literal':
      return { kind: 'literal', values: (def.values as unknown[]).map(String) };
    case 'array': {
      const min = minOf(def);
      const info: FieldInfo = { kind: 'list', element: describeSchema(def.element) };
      if (min !== undefined) info.min = min;
      return info;
    }
    case 'object':
      return { kind: 'object', fields: objectFields(schema) };
    case 'union':
      return { kind: 'union', options: (def.options as unknown[]).map(describeSchema) };
    default:
      return { kind: 'other' };
  }
}

function isOptional(schema: unknown): { required: boolean; defaultValue?: unknown } {
  const def = defOf(schema);
  if (def.type === 'optional') return { required: false };
  if (def.type === 'default' || def.type === 'prefault') {
    const v = typeof def.defaultValue === 'function' ? def.defaultValue() : def.defaultValue;
    return { required: false, defaultValue: v };
  }
  return { required: true };
}

/** The fields of an object schema (refinements and wrappers looked through), in order. */
export function objectFields(schema: unknown): Record<string, FieldSpec> {
  let s = schema;
  for (let def = defOf(s); def.type !== 'object'; def = defOf(s)) {
    if (def.type === 'pipe') s = def.in;
    else if (def.innerType) s = def.innerType;
    else throw new Error(`not an object schema (${def.type})`);
  }
  const shape = (s as { shape: Record<string, z.ZodType> }).shape;
  const out: Record<string, FieldSpec> = {};
  for (const [key, field] of Object.entries(shape)) {
    const doc = fieldDocOf(field);
    out[key] = { ...describeSchema(field), ...isOptional(field), ...(doc ? { doc } : {}) };
  }
  return out;
}

/**
 * Field names allowed at a path inside a record ("signer", "partners.0"), used to suggest
 * the right spelling of an unknown field. Empty when the path leads nowhere known.
 */
export function keysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  const info = infoAt(schema, path);
  if (info?.kind === 'localized') return [...LOCALES];
  return info?.kind === 'object' && info.fields ? Object.keys(info.fields) : [];
}

/** What the field at a path of a record accepts (and means); undefined when the path leads nowhere known. */
export function infoAt(schema: unknown, path: readonly PropertyKey[]): (FieldInfo & { doc?: FieldDoc }) | undefined {
  let info: FieldInfo & { doc?: FieldDoc } = { kind: 'object', fields: objectFields(schema) };
  for (const part of path) {
    if (info.kind === 'list' && typeof part === 'number' && info.element) info = info.element;
    else if (info.kind === 'object' && typeof part === 'string' && info.fields?.[part]) info = info.fields[part]!;
    else return undefined;
  }
  return info;
}
