/**
 * What each content field means, in plain words for editors, written on the field's zod
 * schema itself: `z.string().apply(doc('Tiêu đề', 'Headline'))`. It is the one place these
 * explanations live. Read from here:
 *   - the editors' field tables (/editors/fields/<collection>/) and `npm run new` templates
 *     (src/lib/editors/), through src/lib/schema-introspect.ts;
 *   - the content check's "required field is missing (what it is for)" messages;
 *   - the published JSON Schemas of open data: the English text is the field's standard
 *     `description` (zod's global metadata, which z.toJSONSchema writes out).
 * The Vietnamese stays in a registry of its own rather than in a custom JSON Schema keyword:
 * JSON Schema has no standard way to localise an annotation, and validators in strict mode
 * (Ajv's default) reject unknown keywords, so a published `x-description-vi` would break
 * data users' tools.
 * A doc put on a whole collection schema says what the collection holds.
 * tests/unit/field-docs.test.ts fails when any field lacks either language.
 */
import { z } from 'astro/zod';

export interface FieldDoc {
  vi: string;
  en: string;
}

/** Vietnamese and English explanations per schema; the English also goes to `description`. */
export const fieldDocs = z.registry<FieldDoc>();

/** Documents a schema: `.apply(doc(vi, en))` returns a documented copy (the original is untouched, so shared building blocks stay neutral). */
export function doc(vi: string, en: string) {
  return <T extends z.ZodType>(schema: T): T => {
    const copy = schema.meta({ description: en });
    // Registered as a plain schema: zod's conditional parameter type cannot resolve on a generic T.
    fieldDocs.add(copy as z.ZodType, { vi, en });
    return copy;
  };
}

// zod's definitions are not exported as one type: read the wrapper kinds by name.
type Def = { type: string; innerType?: unknown; in?: unknown; out?: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/**
 * The explanation of a field's schema, looking through `.optional()`, `.default()`,
 * `.nullable()` and refinements, so `doc` may be applied before or after them.
 */
export function fieldDocOf(schema: unknown): FieldDoc | undefined {
  for (let s = schema, depth = 0; s && depth < 20; depth++) {
    const found = fieldDocs.get(s as z.ZodType);
    if (found) return found;
    const def = defOf(s);
    if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'nonoptional', 'catch'].includes(def.type)) s = def.innerType;
    else if (def.type === 'pipe') s = defOf(def.in).type === 'transform' ? def.out : def.in;
    else return undefined;
  }
  return undefined;
}
