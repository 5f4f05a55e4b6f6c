/** The DDCI open-data contract: fields, record counts, schemas that validate, deterministic output. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import Ajv2020 from 'ajv/dist/2020.js';
import { buildDdciDatasets } from '../../src/lib/ddci/datasets.ts';
import { readDdci } from '../helpers/ddci.ts';
import { DDCI_FIXTURE } from '../helpers/fixture.ts';

const input = readDdci(DDCI_FIXTURE);
const site = 'https://songoaivu.langson.gov.vn';
const sets = buildDdciDatasets({ ...input, site });
const get = (id: string) => sets.find((s) => s.id === id)!;

describe('DDCI datasets', () => {
  it('are the four datasets of the contract, titled and described in three languages', () => {
    expect(sets.map((s) => s.id)).toEqual(['ddci-results', 'ddci-overall', 'ddci-indicators', 'ddci-tasks']);
    for (const s of sets) for (const l of ['vi', 'zh', 'en'] as const) expect(s.title[l] && s.description[l]).toBeTruthy();
  });

  it('hold one record per (year, indicator), per year, per indicator and per task', () => {
    const perYear = input.results.reduce((n, r) => n + r.data.indicators.length, 0);
    expect(get('ddci-results').records).toHaveLength(perYear);
    expect(get('ddci-overall').records.map((r) => r.year)).toEqual([2023, 2024, 2025]);
    expect(get('ddci-indicators').records).toHaveLength(20);
    expect(get('ddci-tasks').records).toHaveLength(20);
  });

  it('carry the contract fields', () => {
    const r = get('ddci-results').records.find((x) => x.id === '2025-2025-chi-phi-khong-chinh-thuc')!;
    expect(r).toMatchObject({ year: 2025, indicator: '2025-chi-phi-khong-chinh-thuc', score: 8.12, rank: 16, rankOf: 19, group: 'middle', source: 'kh-ddci-2026', change: 1.25, statedChange: 1.25 });
    expect(get('ddci-overall').records.find((x) => x.year === 2025)).toMatchObject({ score: 79.8, rank: 18, rankOf: 19, change: -0.37 });
    expect(get('ddci-indicators').records.find((x) => x.id === '2025-minh-bach-du-lieu-mo')).toMatchObject({ framework: 2025, comparedWith: '2024-minh-bach-tiep-can-thong-tin', name: { vi: 'Tính minh bạch và dữ liệu mở' } });
    const task = get('ddci-tasks').records.find((x) => x.id === '2026-02') as any;
    expect(task).toMatchObject({ plan: 2026, indicator: '2025-minh-bach-du-lieu-mo', lead: ['trung-tam-ttdvdn', 'phong-htqt-vp', 'phong-ls-qlbg'], partners: [], status: 'in-progress', statusDate: '2026-11-22' });
    expect(task.updates[0].evidence[0].href).toBe(`${site}/v/`);
    expect(task.content).toEqual({ vi: expect.any(String), zh: expect.any(String), en: expect.any(String) });
  });

  it('validate against their own schemas, as zod and as generated JSON Schema', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const s of sets) {
      const validate = ajv.compile(z.toJSONSchema(s.schema) as object);
      for (const r of s.records) {
        expect(s.schema.safeParse(r).success, `${s.id}/${r.id}`).toBe(true);
        expect(validate(r), `${s.id}/${r.id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
    }
  });

  it('reject a record that breaks the contract', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(z.toJSONSchema(get('ddci-results').schema) as object);
    const good = get('ddci-results').records[0]!;
    expect(validate({ ...good, rank: 1.5 })).toBe(false);
    expect(validate({ ...good, group: 'Cuối' })).toBe(false);
    expect(validate({ ...good, extra: 1 })).toBe(false);
  });

  it('are deterministic: the same content gives the same JSON, sorted by id', () => {
    const again = buildDdciDatasets({ ...readDdci(DDCI_FIXTURE), site });
    expect(JSON.stringify(again.map((s) => s.records))).toBe(JSON.stringify(sets.map((s) => s.records)));
    for (const s of sets) expect(s.records.map((r) => r.id)).toEqual([...s.records.map((r) => r.id)].sort());
  });
});
