/**
 * Field documentation lives on the schemas (src/schemas/field-doc.ts): every field of every
 * collection says what it means in Vietnamese and English, and the published JSON Schemas
 * carry the English as `description`.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { translationSchema } from '../../src/schemas/articles.ts';
import { localized, sample } from '../../src/schemas/common.ts';
import { doc, fieldDocOf } from '../../src/schemas/field-doc.ts';
import { objectFields, type FieldSpec } from '../../src/lib/schema-introspect.ts';
import { fieldRows } from '../../src/lib/editors/field-rows.ts';
import { recordSchemaFromZod, type JsonSchema } from '../../src/lib/opendata/record-schema.ts';

/** Dotted names of the fields (nested ones and list elements' too) lacking a doc in either language. */
function undocumented(schema: unknown): string[] {
  const out: string[] = [];
  const walk = (fields: Record<string, FieldSpec>, names: string[]) => {
    for (const [key, spec] of Object.entries(fields)) {
      const name = [...names, key].join('.');
      if (!spec.doc?.vi.trim() || !spec.doc?.en.trim()) out.push(name);
      if (spec.kind === 'object' && spec.fields) walk(spec.fields, [...names, key]);
      if (spec.kind === 'list' && spec.element?.kind === 'object' && spec.element.fields) walk(spec.element.fields, [...names, `${key}[]`]);
    }
  };
  walk(objectFields(schema), []);
  return out;
}

const ALL = [...COLLECTION_NAMES.map((n) => [n, COLLECTIONS[n].schema] as const), ['translation', translationSchema] as const];

describe('field documentation on the schemas', () => {
  it('every field of every collection is explained in Vietnamese and English', () => {
    for (const [name, schema] of ALL) expect(undocumented(schema), `${name}: add .apply(doc(vi, en)) to these fields`).toEqual([]);
  });

  it('every collection says what it holds', () => {
    const missing = COLLECTION_NAMES.filter((n) => !fieldDocOf(COLLECTIONS[n].schema)?.vi || !fieldDocOf(COLLECTIONS[n].schema)?.en);
    expect(missing).toEqual([]);
  });

  it('the check finds a field without a doc, or with one language empty, at any depth', () => {
    const s = z.strictObject({
      a: z.string().apply(doc('A', 'A')),
      b: z.string().optional(),
      c: z.array(z.strictObject({ d: z.number().apply(doc('D', '')) })).apply(doc('C', 'C')),
      e: z.strictObject({ f: localized }).apply(doc('E', 'E')),
    });
    expect(undocumented(s)).toEqual(['b', 'c[].d', 'e.f']);
  });

  it('documenting a shared building block leaves the original and its other uses untouched', () => {
    const documented = localized.apply(doc('vi', 'en'));
    expect(fieldDocOf(documented)).toEqual({ vi: 'vi', en: 'en' });
    expect(fieldDocOf(localized)).toBeUndefined();
    // Introspection still recognises the documented copy as a localized text, before and after .optional().
    const fields = objectFields(z.strictObject({ x: documented, y: localized.optional().apply(doc('y', 'y')) }));
    expect(fields.x!.kind).toBe('localized');
    expect(fields.y).toMatchObject({ kind: 'localized', required: false, doc: { vi: 'y', en: 'y' } });
    // A use may override a shared doc (a DDCI report's sample flag says what it marks).
    const over = sample.apply(doc('báo cáo', 'report'));
    expect(fieldDocOf(over)).toEqual({ vi: 'báo cáo', en: 'report' });
    expect(fieldDocOf(sample)?.en).toMatch(/illustrative content/);
  });

  it('the editors\' field tables show the schema docs', () => {
    const rows = fieldRows('documents', 'vi');
    expect(rows.find((r) => r.name === 'signer.name')!.meaning).toBe('Họ và tên người ký');
    expect(fieldRows('mous', 'en').find((r) => r.name === 'partners[].country')!.meaning).toMatch(/two capital letters/);
  });
});

describe('published JSON Schemas carry the field descriptions', () => {
  const isText = (s: JsonSchema) => Object.keys(s.properties ?? {}).join(',') === 'vi,zh,en';
  /** Paths of object properties without a description (the languages of a text need none). */
  function bare(s: JsonSchema, path: string[] = []): string[] {
    const out: string[] = [];
    for (const [k, p] of Object.entries(s.properties ?? {})) {
      if (!p.description) out.push([...path, k].join('.'));
      const inner = p.anyOf?.find((a) => a.type !== 'null') ?? p;
      if (inner.properties && !isText(inner)) out.push(...bare(inner, [...path, k]));
      const items = inner.items;
      if (items?.properties && !isText(items)) out.push(...bare(items, [...path, k, '[]']));
    }
    return out;
  }

  it('every property of every collection record schema has an English description taken from the schema', () => {
    for (const name of COLLECTION_NAMES) {
      const js = recordSchemaFromZod(COLLECTIONS[name].schema);
      expect(bare(js), name).toEqual([]);
    }
    const docs = recordSchemaFromZod(COLLECTIONS.documents.schema);
    expect(docs.properties!.issued!.description).toBe('Date of issue');
    expect(docs.properties!.title!.description).toBe('Title (trích yếu)');
    expect((docs.properties!.signer!.properties as Record<string, JsonSchema>).name!.description).toBe('Full name of the signer');
  });

  it('the Vietnamese is not published as a non-standard keyword', () => {
    const text = JSON.stringify(recordSchemaFromZod(COLLECTIONS.units.schema));
    expect(text).not.toContain('Tên chính thức');
  });
});
