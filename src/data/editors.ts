/**
 * Data for the editors' pages (/editors/, /editors/translations/), read once per build
 * straight from the content folder with the same functions `npm run check`, `npm run new`
 * and `npm run translations` use, so the pages show exactly what the commands print.
 */
import { checkContent, type CheckResult } from '../node/content-check/check.ts';
import { contentRoot } from '../node/content-root.ts';
import { translationReport, type TranslationReport } from '../lib/translations/report.ts';
import { TEMPLATE_RULES, newEntryFiles, type NewFile } from '../lib/editors/template.ts';
import type { CollectionName } from '../schemas/index.ts';

/** Fixed date for template examples, so the guide does not change with the calendar. */
export const EXAMPLE_DATE = '2026-03-02';

let checked: CheckResult | undefined;
function content(): CheckResult {
  checked ??= checkContent(contentRoot());
  return checked;
}

export function translationStatus(): TranslationReport {
  return translationReport(content().entries);
}

/** A small fixed-seed generator: the example document code is the same on every build. */
/** Fixed "random" bytes, so the guide's example code is the same on every build. */
function seeded(seed: number): (n: number) => Uint8Array {
  let s = seed;
  return (n) => Uint8Array.from({ length: n }, () => (s = (s * 1103515245 + 12345) % 2147483648) >>> 16);
}

/** What `npm run new -- <collection> <id>` would write in this content folder (id "vi-du" unless the collection names files by rule). */
export function templateExample(collection: CollectionName): { id: string; files: NewFile[] } {
  const ids: Record<string, string[]> = {};
  const records: Record<string, { id: string; data: unknown }[]> = {};
  for (const e of content().entries) {
    if (!e.value || (e.locale !== undefined && e.locale !== 'vi')) continue;
    // Restricted documents are named on no page outside /v/, the editors' guide included.
    if (e.collection === 'documents' && (e.value as { visibility?: string }).visibility === 'restricted') continue;
    (ids[e.collection] ??= []).push(e.id);
    (records[e.collection] ??= []).push({ id: e.id, data: e.value });
  }
  const codes = content().entries.flatMap((e) => (e.collection === 'documents' && e.value ? [(e.value as { code: string }).code] : []));
  const id = TEMPLATE_RULES[collection]?.example ?? 'vi-du';
  return { id, files: newEntryFiles(collection, id, { today: EXAMPLE_DATE, ids, codes, records, random: seeded(7) }) };
}

/** Number of a registered document, for the live <DocRef> example; undefined when the register is empty. */
export function exampleDocument(): { number: string; year: string } | undefined {
  const docs = content()
    .entries.filter((e) => e.collection === 'documents' && e.value && (e.value as { visibility?: string }).visibility !== 'restricted')
    .map((e) => e.value as { number: string; issued: string; sample?: boolean });
  const doc = docs.find((d) => !d.sample) ?? docs[0];
  return doc ? { number: doc.number, year: doc.issued.slice(0, 4) } : undefined;
}
