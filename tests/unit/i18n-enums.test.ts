/**
 * Every value a schema allows for a field that pages show as a label has that label in
 * all three languages: a new status, topic or document type added to a schema without
 * its words fails here, not on a page that prints the raw value (or stops the build).
 */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { describeSchema, type FieldInfo } from '../../src/lib/schema-introspect.ts';
import { FEEDBACK_TOPICS } from '../../src/lib/feedback.ts';
import { MESSAGES } from '../../src/lib/i18n.ts';
import { LOCALES } from '../../src/lib/locales.ts';

interface EnumField {
  where: string;
  values: string[];
}

function enums(info: FieldInfo, path: string, out: EnumField[]): EnumField[] {
  if (info.kind === 'enum' && info.values) out.push({ where: path, values: info.values });
  if (info.element) enums(info.element, `${path}[]`, out);
  for (const [k, v] of Object.entries(info.fields ?? {})) enums(v, path.endsWith(':') ? `${path}${k}` : `${path}.${k}`, out);
  for (const o of info.options ?? []) enums(o, path, out);
  return out;
}

const schemaEnums = Object.entries(COLLECTIONS).flatMap(([name, def]) => enums(describeSchema(def.schema), `${name}:`, []));

/**
 * The label prefix of each enum field ("collection:path"), or why it has none. The
 * same field name may need different words in different collections (a FAQ topic is not
 * an article topic), so the collection is part of the rule.
 */
function prefixOf(where: string): string | { none: string } {
  const [collection, path] = where.split(':') as [string, string];
  if (collection === 'units' && path === 'kind') return { none: 'orders the units and picks the department address; never shown' };
  if (collection === 'ddci-tasks' && path === 'updates[].status') return 'ddci.status';
  // A best bet may point at a page of the site; it is shown under that page's name.
  if (collection === 'best-bets' && path === 'target') return 'section';
  if (path.endsWith('alsoStated[].field')) return 'ddci.col';
  if (path.endsWith('group')) return 'ddci.group';
  if (collection === 'faq' && path === 'topic') return 'faqTopic';
  if (collection === 'events' && path === 'kind') return 'eventKind';
  if (collection === 'documents' && path === 'type') return 'docType';
  const byName: Record<string, string> = { status: 'status', 'topics[]': 'topic', onlineLevel: 'onlineLevel', visibility: 'visibility', 'originForms[]': 'originForm' };
  return byName[path] ?? { none: '' };
}

describe('every schema enum value has a label in vi, zh and en', () => {
  it('finds the enums of the schemas', () => {
    expect(schemaEnums.map((e) => e.where)).toEqual(expect.arrayContaining(['policies:status', 'documents:type', 'faq:topic', 'ddci-tasks:updates[].status']));
  });

  it('each enum field has a label prefix, or a stated reason why it is never shown', () => {
    const unknown = schemaEnums.filter((e) => {
      const p = prefixOf(e.where);
      return typeof p !== 'string' && p.none === '';
    });
    expect(unknown.map((e) => `${e.where} (${e.values.join(', ')}): add it to prefixOf() in this test`)).toEqual([]);
  });

  const labelled = [
    ...schemaEnums.flatMap((e) => {
      const p = prefixOf(e.where);
      return typeof p === 'string' ? [{ where: e.where, prefix: p, values: e.values }] : [];
    }),
    { where: 'feedback form: topic', prefix: 'feedback.topic', values: [...FEEDBACK_TOPICS] },
  ];
  for (const locale of LOCALES) {
    it(`${locale}: no value without its label`, () => {
      const missing = labelled.flatMap(({ where, prefix, values }) =>
        values.filter((v) => !MESSAGES[locale][`${prefix}.${v}`]?.trim()).map((v) => `${where}: "${prefix}.${v}" missing in src/i18n/${locale}.json`),
      );
      expect(missing).toEqual([]);
    });
  }
});
