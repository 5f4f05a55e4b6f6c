/**
 * Rows of the field tables in the editor guide: every field of a collection (nested ones
 * as "signer.name" or "partners[].country"), whether it is required, what it accepts and
 * what it means, in the guide's language. Derived from the schema, so never out of date.
 */
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { translationSchema } from '../../schemas/articles.ts';
import { objectFields, type FieldInfo, type FieldSpec } from '../schema-introspect.ts';

export type GuideLang = 'vi' | 'en';

export interface FieldRow {
  /** Dotted name as written in the file, e.g. "partners[].name". */
  name: string;
  required: boolean;
  /** What the field accepts, in words. */
  accepts: string;
  /** What the field means, from its schema (empty when undocumented; a unit test prevents that). */
  meaning: string;
}

const W = {
  vi: {
    localized: 'văn bản ba ngôn ngữ: vi (bắt buộc), zh, en',
    date: 'ngày YYYY-MM-DD',
    slug: 'mã (chữ thường không dấu, số, gạch ngang)',
    ref: '“bộ-sưu-tập/mã”',
    country: 'mã quốc gia 2 chữ in hoa',
    text: 'văn bản',
    email: 'địa chỉ thư điện tử',
    number: 'số',
    integer: 'số nguyên',
    boolean: 'true hoặc false',
    oneOf: 'một trong',
    listOf: 'danh sách',
    each: 'mỗi mục:',
    groups: 'mỗi mục là một nhóm trường (xem các dòng bên dưới)',
    group: 'nhóm trường (xem các dòng bên dưới)',
    idIn: 'mã trong',
    atLeast: (n: number) => `ít nhất ${n}`,
    defaultIs: (v: string) => `mặc định ${v}`,
  },
  en: {
    localized: 'text in three languages: vi (required), zh, en',
    date: 'date YYYY-MM-DD',
    slug: 'id (lower-case letters, digits, hyphens)',
    ref: '"collection/id"',
    country: 'two-letter country code',
    text: 'text',
    email: 'e-mail address',
    number: 'number',
    integer: 'whole number',
    boolean: 'true or false',
    oneOf: 'one of',
    listOf: 'list',
    each: 'each:',
    groups: 'each a group of fields (see the rows below)',
    group: 'group of fields (see the rows below)',
    idIn: 'id in',
    atLeast: (n: number) => `at least ${n}`,
    defaultIs: (v: string) => `default ${v}`,
  },
};

/** What a field accepts, in words ("date YYYY-MM-DD", "one of: a, b"). */
export function accepts(info: FieldInfo, lang: GuideLang, refTarget: string | undefined): string {
  const w = W[lang];
  switch (info.kind) {
    case 'slug':
      return refTarget ? `${w.idIn} ${refTarget}` : w.slug;
    case 'enum':
    case 'literal':
      return `${w.oneOf}: ${info.values!.join(', ')}`;
    case 'union':
      return info.options!.map((o) => accepts(o, lang, refTarget)).join(' | ');
    case 'list': {
      const el = info.element!;
      const inner = el.kind === 'object' ? w.groups : `${w.each} ${accepts(el, lang, refTarget)}`;
      return `${w.listOf}${info.min ? ` (${w.atLeast(info.min)})` : ''}, ${inner}`;
    }
    case 'object':
      return w.group;
    case 'other':
      return '';
    default:
      return w[info.kind];
  }
}

/** Rows for a collection, or for the front matter of a zh/en translation file ("translation"). */
export function fieldRows(collection: CollectionName | 'translation', lang: GuideLang): FieldRow[] {
  const def = collection === 'translation' ? { schema: translationSchema } : COLLECTIONS[collection];
  const refs = ('refs' in def ? def.refs : {}) as Record<string, string>;
  const rows: FieldRow[] = [];
  const walk = (fields: Record<string, FieldSpec>, names: string[], refPath: string[]) => {
    for (const [key, spec] of Object.entries(fields)) {
      const name = [...names, key].join('.');
      const path = [...refPath, key];
      const target = refs[path.join('.')] ?? refs[`${path.join('.')}[]`];
      let text = accepts(spec, lang, target === '*' ? undefined : target);
      if (spec.defaultValue !== undefined && typeof spec.defaultValue !== 'object') text += ` (${W[lang].defaultIs(String(spec.defaultValue))})`;
      rows.push({ name, required: spec.required, accepts: text, meaning: spec.doc?.[lang] ?? '' });
      if (spec.kind === 'object' && spec.fields) walk(spec.fields, [...names, key], path);
      if (spec.kind === 'list' && spec.element?.kind === 'object' && spec.element.fields) walk(spec.element.fields, [...names, `${key}[]`], path);
    }
  };
  walk(objectFields(def.schema), [], []);
  return rows;
}
