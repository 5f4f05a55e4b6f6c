/**
 * Translation status of the content, per collection: what a Chinese or English reader
 * would see in Vietnamese (missing), see in an older version (outdated), or see as a
 * «placeholder». The same report feeds `npm run translations` and the editors' page
 * /editors/translations/, so they cannot disagree.
 *
 * - MDX collections: a zh/ or en/ file missing; a translation whose `translated` date is
 *   before the Vietnamese original's `updated` (or `published`); a translation still made
 *   of placeholders; and texts in the Vietnamese front matter (issuer, location…) lacking
 *   the language.
 * - YAML records: every `{ vi, zh, en }` text lacking the language, field by field.
 */
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import type { CheckedEntry } from '../../node/content-check/check.ts';
import { bodyHasPlaceholder, isPlaceholderText, placeholderPaths } from '../editors/placeholders.ts';

export const TARGET_LOCALES = ['zh', 'en'] as const;
export type TargetLocale = (typeof TARGET_LOCALES)[number];

export type GapKind = 'missing' | 'outdated' | 'placeholder' | 'fields';

export interface Gap {
  collection: CollectionName;
  id: string;
  locale: TargetLocale;
  kind: GapKind;
  /** The file to edit, relative to the content root (the translation, or the record). */
  file: string;
  /** For "fields" and "placeholder": the fields concerned ("(body)" for the text). */
  fields?: string[];
  /** For "outdated": the translation's date and the original's. */
  translated?: string;
  original?: string;
}

export interface CollectionStatus {
  collection: CollectionName;
  format: 'mdx' | 'yaml';
  /** Entries (originals) in the collection. */
  total: number;
  /** Entries fully translated into each language. */
  complete: Record<TargetLocale, number>;
  gaps: Gap[];
}

export interface TranslationReport {
  collections: CollectionStatus[];
  /** Gap counts over all collections. */
  totals: Record<GapKind, number>;
}

/** Paths of `{ vi, … }` texts lacking a language (placeholders count as lacking). */
function untranslatedTexts(data: unknown, locale: TargetLocale, path: string[] = []): string[] {
  if (Array.isArray(data)) return data.flatMap((v, i) => untranslatedTexts(v, locale, [...path, String(i)]));
  if (!data || typeof data !== 'object') return [];
  const obj = data as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (typeof obj.vi === 'string' && keys.every((k) => k === 'vi' || k === 'zh' || k === 'en')) {
    const v = obj[locale];
    return typeof v === 'string' && v.trim() && !isPlaceholderText(v) ? [] : [path.join('.')];
  }
  return keys.flatMap((k) => untranslatedTexts(obj[k], locale, [...path, k]));
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : v instanceof Date ? v.toISOString().slice(0, 10) : undefined);

function mdxGaps(collection: CollectionName, entries: CheckedEntry[]): { total: number; gaps: Gap[] } {
  const dir = COLLECTIONS[collection].dir;
  const originals = entries.filter((e) => e.locale === 'vi');
  const byKey = new Map(entries.filter((e) => e.locale !== 'vi').map((e) => [`${e.locale}/${e.id}`, e]));
  const gaps: Gap[] = [];
  for (const vi of originals) {
    const d = (vi.value ?? vi.data ?? {}) as Record<string, unknown>;
    const original = str(d.updated) ?? str(d.published);
    for (const locale of TARGET_LOCALES) {
      const tr = byKey.get(`${locale}/${vi.id}`);
      if (!tr) {
        gaps.push({ collection, id: vi.id, locale, kind: 'missing', file: `${dir}/${locale}/${vi.id}.mdx` });
        continue;
      }
      const held = placeholderPaths(tr.data);
      if (bodyHasPlaceholder(tr.body)) held.push('(body)');
      if (held.length > 0) gaps.push({ collection, id: vi.id, locale, kind: 'placeholder', file: tr.file, fields: held });
      const translated = str((tr.data as Record<string, unknown> | undefined)?.translated);
      if (translated && original && translated < original)
        gaps.push({ collection, id: vi.id, locale, kind: 'outdated', file: tr.file, translated, original });
      // Facts such as issuer or location are translated in the Vietnamese file itself.
      const fields = untranslatedTexts(d, locale);
      if (fields.length > 0) gaps.push({ collection, id: vi.id, locale, kind: 'fields', file: vi.file, fields });
    }
  }
  return { total: originals.length, gaps };
}

function yamlGaps(collection: CollectionName, entries: CheckedEntry[]): { total: number; gaps: Gap[] } {
  const gaps: Gap[] = [];
  for (const e of entries) {
    for (const locale of TARGET_LOCALES) {
      const fields = untranslatedTexts(e.value ?? e.data, locale);
      if (fields.length > 0) gaps.push({ collection, id: e.id, locale, kind: 'fields', file: e.file, fields });
    }
  }
  return { total: entries.length, gaps };
}

/** The report over entries read by the content check (valid or not: an invalid entry still needs translating). */
export function translationReport(entries: readonly CheckedEntry[]): TranslationReport {
  const totals: Record<GapKind, number> = { missing: 0, outdated: 0, placeholder: 0, fields: 0 };
  const collections = COLLECTION_NAMES.map((collection): CollectionStatus => {
    const format = COLLECTIONS[collection].format;
    const own = entries.filter((e) => e.collection === collection);
    const { total, gaps } = format === 'mdx' ? mdxGaps(collection, own) : yamlGaps(collection, own);
    const order = (l: TargetLocale) => TARGET_LOCALES.indexOf(l);
    gaps.sort((a, b) => a.id.localeCompare(b.id) || order(a.locale) - order(b.locale) || a.kind.localeCompare(b.kind));
    for (const g of gaps) totals[g.kind]++;
    const complete = Object.fromEntries(
      TARGET_LOCALES.map((l) => [l, total - new Set(gaps.filter((g) => g.locale === l).map((g) => g.id)).size]),
    ) as Record<TargetLocale, number>;
    return { collection, format, total, complete, gaps };
  });
  return { collections, totals };
}
