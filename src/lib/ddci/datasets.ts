/**
 * The DDCI open-data datasets, built from the same records the pages use, so a reuser
 * downloads exactly what the dashboard shows. The open-data integration lists them,
 * writes JSON and CSV, and turns each `schema` (zod, one record) into JSON Schema.
 * Output is deterministic: records sorted by id, no build timestamps.
 */
import { z } from 'astro/zod';
import { DDCI_GROUPS, DDCI_TASK_STATUSES } from '../../schemas/ddci.ts';
import { buildDdci, type DdciInput } from './model.ts';
import { currentStatus, taskUnits, updatesNewestFirst } from './status.ts';

export interface Texts {
  vi: string;
  zh: string;
  en: string;
}

export interface DdciDataset {
  id: 'ddci-results' | 'ddci-overall' | 'ddci-indicators' | 'ddci-tasks';
  title: Texts;
  description: Texts;
  records: Record<string, unknown>[];
  /** Schema of one record. */
  schema: z.ZodType;
}

type Loc = { vi: string; zh?: string | undefined; en?: string | undefined };
/** Every language in one object, null where not translated (the open-data convention). */
const all = (t: Loc) => ({ vi: t.vi, zh: t.zh ?? null, en: t.en ?? null });
const maybe = (t: Loc | undefined) => (t ? all(t) : null);

const localizedOut = z.strictObject({
  vi: z.string().describe('Vietnamese (authoritative)'),
  zh: z.string().nullable().describe('Simplified Chinese, null when not translated'),
  en: z.string().nullable().describe('English, null when not translated'),
});
const year = z.int().describe('Results year');
const source = z.string().describe('Id of the source document in the documents dataset (e.g. "kh-ddci-2026")');
const note = localizedOut.nullable().describe('Note on the figure (illegible in the source, conflicting statements…)');
const change = z.number().nullable().describe('Change in points against the compared indicator (or the overall index) of the previous year, computed from the scores; null when either score is unknown');
const statedChange = z.number().nullable().describe('The change as the source document states it; null when it states none');

const resultRecord = z.strictObject({
  id: z.string().describe('"<year>-<indicator>"'),
  year,
  indicator: z.string().describe('Indicator id in ddci-indicators'),
  score: z.number().nullable().describe('Score on the 10-point scale; null only when illegible in the source'),
  rank: z.int().nullable().describe('Rank among the departments ranked that year; null when not given or illegible'),
  rankOf: z.int().describe('Number of departments and agencies ranked that year'),
  group: z.enum(DDCI_GROUPS).nullable().describe('Ranking group when the source gives one'),
  change,
  statedChange,
  source,
  note,
});

const overallRecord = z.strictObject({
  id: z.string().describe('The year, as text'),
  year,
  score: z.number().nullable().describe('Overall DDCI score out of 100'),
  rank: z.int().nullable().describe('Overall rank'),
  rankOf: z.int().describe('Number of departments and agencies ranked that year'),
  group: z.enum(DDCI_GROUPS).nullable().describe('Ranking group when the source gives one'),
  change,
  statedChange,
  statedRankChange: z.int().nullable().describe('Places gained (+) or lost (−) against the previous year, as the source states it'),
  source,
  note,
});

const indicatorRecord = z.strictObject({
  id: z.string(),
  name: localizedOut,
  framework: z.int().describe('Framework year: 2024 = 9 indicators (2023–2024 results), 2025 = 11 indicators'),
  number: z.int().describe('Number in the source table'),
  comparedWith: z.string().nullable().describe('Id of the previous framework\'s indicator the source compares this one with'),
  source,
});

const taskRecord = z.strictObject({
  id: z.string().describe('"<plan>-<nn>"'),
  plan: z.int().describe('Plan year'),
  number: z.int().describe('Item number in section III of the plan'),
  indicator: z.string().describe('Indicator id in ddci-indicators'),
  content: localizedOut.describe('"Nội dung": what is to be achieved'),
  implementation: z
    .array(z.strictObject({ text: localizedOut, lead: z.array(z.string()), partners: z.array(z.string()) }))
    .describe('"Thực hiện": each bullet as worded, with lead and partner unit ids'),
  lead: z.array(z.string()).describe('Unit ids (units dataset) that lead any part of the task'),
  partners: z.array(z.string()).describe('Unit ids named only as coordinating partners'),
  status: z.enum(DDCI_TASK_STATUSES).nullable().describe('Status of the newest progress update; null when none has been reported'),
  statusDate: z.string().nullable().describe('Date of that update (YYYY-MM-DD)'),
  updates: z
    .array(
      z.strictObject({
        date: z.string(),
        status: z.enum(DDCI_TASK_STATUSES),
        note: localizedOut,
        evidence: z.array(z.strictObject({ href: z.string(), label: localizedOut })),
        sample: z.boolean().describe('true for an illustrative report, not a verified fact'),
      }),
    )
    .describe('Progress updates, newest first'),
  source,
  unitsNote: localizedOut.nullable(),
});

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `site` turns evidence paths such as "/v/" into absolute URLs. */
export function buildDdciDatasets(input: DdciInput & { site?: string | URL }): DdciDataset[] {
  const d = buildDdci(input);
  const abs = (href: string) => (input.site && href.startsWith('/') ? new URL(href, input.site).href : href);
  const changeFor = (y: number, ind: string | undefined) => d.changes.find((c) => c.year === y && c.indicator === ind);

  const results = d.years.flatMap(({ data: y }) =>
    y.indicators.map((r) => ({
      id: `${y.year}-${r.indicator}`,
      year: y.year,
      indicator: r.indicator,
      score: r.score,
      rank: r.rank,
      rankOf: y.rankOf,
      group: r.group,
      change: changeFor(y.year, r.indicator)?.delta ?? null,
      statedChange: r.statedChange ?? null,
      source: r.source ?? y.source,
      note: maybe(r.note),
    })),
  );
  const overall = d.years.flatMap(({ data: y }) =>
    y.overall
      ? [
          {
            id: String(y.year),
            year: y.year,
            score: y.overall.score,
            rank: y.overall.rank,
            rankOf: y.rankOf,
            group: y.overall.group,
            change: changeFor(y.year, undefined)?.delta ?? null,
            statedChange: y.overall.statedChange ?? null,
            statedRankChange: y.overall.statedRankChange ?? null,
            source: y.source,
            note: maybe(y.overall.note),
          },
        ]
      : [],
  );
  const indicators = [...d.indicators.values()].map((i) => ({
    id: i.id,
    name: all(i.data.name),
    framework: i.data.framework,
    number: i.data.number,
    comparedWith: i.data.comparedWith,
    source: i.data.source,
  }));
  const tasks = d.tasks.map(({ id, data: t }) => {
    const st = currentStatus(t);
    const units = taskUnits(t);
    return {
      id,
      plan: t.plan,
      number: t.number,
      indicator: t.indicator,
      content: all(t.content),
      implementation: t.implementation.map((a) => ({ text: all(a.text), lead: a.lead, partners: a.partners })),
      lead: units.lead,
      partners: units.partners,
      status: st.status,
      statusDate: st.date ?? null,
      updates: updatesNewestFirst(t.updates).map((u) => ({
        date: u.date,
        status: u.status,
        note: all(u.note),
        evidence: u.evidence.map((e) => ({ href: abs(e.href), label: all(e.label) })),
        sample: u.sample,
      })),
      source: t.source,
      unitsNote: maybe(t.unitsNote),
    };
  });

  return [
    {
      id: 'ddci-results',
      title: { vi: 'Kết quả chỉ số thành phần DDCI', zh: 'DDCI分项指数结果', en: 'DDCI component indicator results' },
      description: {
        vi: 'Điểm số, thứ hạng và nhóm của Sở Ngoại vụ theo từng chỉ số thành phần DDCI mỗi năm, kèm mức thay đổi tính từ điểm số, mức thay đổi văn bản nêu và văn bản nguồn.',
        zh: '本厅每年各项DDCI分项指数的得分、排名和分组，附根据得分计算的变化、文件所述变化及来源文件。',
        en: "The Department's score, rank and group on each DDCI component indicator per year, with the change computed from the scores, the change the source states, and the source document.",
      },
      records: results.sort(byId),
      schema: resultRecord,
    },
    {
      id: 'ddci-overall',
      title: { vi: 'Tổng điểm và thứ hạng DDCI', zh: 'DDCI总分和总排名', en: 'DDCI overall score and rank' },
      description: {
        vi: 'Tổng điểm, thứ hạng và số sở, ban, ngành được xếp hạng mỗi năm.',
        zh: '每年的总分、排名以及参与排名的省直部门数量。',
        en: 'Overall score, rank and number of departments and agencies ranked, per year.',
      },
      records: overall.sort(byId),
      schema: overallRecord,
    },
    {
      id: 'ddci-indicators',
      title: { vi: 'Các chỉ số thành phần DDCI', zh: 'DDCI分项指数', en: 'DDCI component indicators' },
      description: {
        vi: 'Các chỉ số thành phần của bộ chỉ số 2024 (9 chỉ số) và 2025 (11 chỉ số), và chỉ số năm trước mà mỗi chỉ số mới được so sánh.',
        zh: '2024年框架（9项）和2025年框架（11项）的分项指数，以及每项新指数所对比的上一年指数。',
        en: 'Component indicators of the 2024 framework (9) and the 2025 framework (11), and the earlier indicator each new one is compared with.',
      },
      records: indicators.sort(byId),
      schema: indicatorRecord,
    },
    {
      id: 'ddci-tasks',
      title: { vi: 'Nhiệm vụ cải thiện DDCI và tiến độ', zh: 'DDCI改善任务及进度', en: 'DDCI improvement tasks and progress' },
      description: {
        vi: 'Nhiệm vụ của các kế hoạch cải thiện DDCI theo từng chỉ số: nội dung, đơn vị chủ trì và phối hợp, tình trạng và các báo cáo tiến độ.',
        zh: '各DDCI改善计划按指数列出的任务：内容、牵头和配合单位、状态及进度报告。',
        en: 'Tasks of the DDCI improvement plans per indicator: content, lead and partner units, status and progress reports.',
      },
      records: tasks.sort(byId),
      schema: taskRecord,
    },
  ];
}
