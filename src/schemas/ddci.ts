/**
 * The DDCI dashboard's data: indicators of each framework, yearly results, the
 * improvement plans, and each plan's tasks with their progress updates. Everything is
 * transcribed from the department's plans (documents `kh-ddci-2025`, `kh-ddci-2026`);
 * a figure the source does not give legibly is `null` with a note, never a guess.
 * Rules that span files (frameworks match, stated changes agree with the scores, task
 * numbers are unique) are checked by src/lib/ddci/check.ts.
 */
import { z } from 'astro/zod';
import { buildDate, contradiction, isoDate, linkUrl, localized, notInFuture, sample, slug } from './common.ts';
import { doc } from './field-doc.ts';
import { say } from '../lib/content-check/messages.ts';

/**
 * A DDCI framework, named by the first results year it was used for: `2024` is the
 * 9-indicator framework of the 2023 and 2024 results (2025 plan), `2025` the 11-indicator
 * framework of the 2025 results (2026 plan).
 */
export const DDCI_FRAMEWORKS = [2024, 2025] as const;
export const ddciFramework = z.literal(DDCI_FRAMEWORKS, { error: `a DDCI framework year: ${DDCI_FRAMEWORKS.join(' or ')}` });

/** Ranking group as the plans write it: "Đầu" (top), "Giữa" (middle), "Cuối" (bottom). */
export const DDCI_GROUPS = ['top', 'middle', 'bottom'] as const;
export const ddciGroup = z.enum(DDCI_GROUPS);

/** Progress of a task as reported in an update. */
export const DDCI_TASK_STATUSES = ['not-started', 'in-progress', 'done', 'ongoing'] as const;
export const ddciTaskStatus = z.enum(DDCI_TASK_STATUSES);

/** A component indicator's score, on the DDCI 10-point scale. */
const indicatorScore = z.number().min(0).max(10);
/** The overall index, out of 100. */
const overallScore = z.number().min(0).max(100);
const rank = z.int().min(1);

/** One component indicator of a framework. File: content/ddci/indicators/<framework>-<slug>.yaml */
export const ddciIndicatorSchema = z
  .strictObject({
    name: localized.apply(doc('Tên chỉ số đúng như trong kế hoạch', 'Name of the indicator exactly as the plan writes it')),
    framework: ddciFramework.apply(doc('Bộ chỉ số: 2024 (9 chỉ số) hoặc 2025 (11 chỉ số)', 'Framework: 2024 (9 indicators) or 2025 (11 indicators)')),
    // Orders lists.
    number: z.int().min(1).apply(doc('Số thứ tự (STT) trong bảng kết quả của kế hoạch', "Its number (STT) in the plan's results table")),
    // An indicator of the previous framework is compared with itself and leaves this null.
    comparedWith: slug
      .nullable()
      .default(null)
      .apply(doc('Mã chỉ số của bộ trước mà kế hoạch so sánh (“so với chỉ số … năm 2024”), hoặc null', "Id of the previous framework's indicator the plan compares it with, or null")),
    // The name and the comparison are transcribed from it.
    source: slug.apply(doc('Văn bản nguồn (tên tệp trong content/documents/)', 'Source document (file name in content/documents/)')),
    sample,
  })
  .apply(doc('Các chỉ số thành phần DDCI của từng bộ chỉ số', 'DDCI component indicators of each framework'));
export type DdciIndicator = z.infer<typeof ddciIndicatorSchema>;

/** Another value for the same figure stated elsewhere in the source, kept so nothing is lost. */
export const ddciAlsoStated = z.strictObject({
  field: z.enum(['score', 'rank']).apply(doc('Số liệu nào (score hoặc rank)', 'Which figure (score or rank)')),
  value: z.number().apply(doc('Giá trị khác', 'The other value')),
  // E.g. "the assessment text of section II.2".
  where: localized.apply(doc('Chỗ ghi trong nguồn', 'Where the source states it')),
});

/** Figures the source gives for one indicator (or the overall index) in one year. */
const figures = {
  // Among the departments ranked that year.
  rank: rank.nullable().default(null).apply(doc('Thứ hạng; null nếu nguồn không ghi hoặc không đọc được', 'Rank; null when not given or illegible')),
  group: ddciGroup.nullable().default(null).apply(doc('Nhóm xếp hạng: top (đầu), middle (giữa), bottom (cuối)', 'Ranking group: top, middle or bottom')),
  // Stated in words or in the table, against the compared indicator of the previous year; the recomputed change must agree.
  statedChange: z.number().optional().apply(doc('Mức tăng/giảm điểm như nguồn ghi; bản dựng tính lại để đối chiếu', 'Change in points as the source states it; the build recomputes it')),
  // E.g. "5.397".
  ocr: z.string().optional().apply(doc('Chữ OCR gốc của số liệu ghi khác đi hoặc ghi null', 'Raw OCR text of a figure recorded differently or as null')),
  alsoStated: z.array(ddciAlsoStated).default([]).apply(doc('Cùng số liệu được ghi khác ở chỗ khác trong nguồn', 'The same figure stated differently elsewhere in the source')),
  // Illegible, conflicting, derived…
  note: localized.optional().apply(doc('Điều người đọc cần biết về số liệu này', 'Anything a reader must know about these figures')),
};

const scoreDoc = doc('Điểm như trong nguồn; chỉ ghi null khi không đọc được (nêu lý do ở note)', 'Score as printed; null only when illegible (say why in note)');

/** Overall DDCI result of the department in a year. */
export const ddciOverall = z.strictObject({
  // Out of 100.
  score: overallScore.nullable().apply(scoreDoc),
  ...figures,
  statedRankChange: z.int().optional().apply(doc('Số bậc tăng (+) hoặc giảm (−) so với năm trước, như nguồn ghi', 'Places gained (+) or lost (−) against the previous year, as the source states')),
});

/** Result of one indicator in a year. */
export const ddciIndicatorResult = z.strictObject({
  // Of the year's framework.
  indicator: slug.apply(doc('Mã chỉ số (tên tệp trong content/ddci/indicators/)', 'Indicator id (file name in content/ddci/indicators/)')),
  // Out of 10.
  score: indicatorScore.nullable().apply(scoreDoc),
  ...figures,
  source: slug.optional().apply(doc('Văn bản nguồn, nếu khác nguồn chung của năm', "Source document, when it differs from the year's")),
});

/** The department's results of one year. File: content/ddci/results/<year>.yaml */
export const ddciResultSchema = z.strictObject({
  // The survey year; published in the following year's plan.
  year: z.int().min(2000).max(2100).apply(doc('Năm kết quả (cũng là tên tệp)', 'Results year (also the file name)')),
  // Every indicator below must belong to it.
  framework: ddciFramework.apply(doc('Bộ chỉ số dùng để đánh giá năm đó', 'Framework the year was assessed on')),
  rankOf: z.int().min(1).apply(doc('Số đơn vị được xếp hạng năm đó (“18/19” → 19)', 'How many departments were ranked that year ("18/19" → 19)')),
  source: slug.apply(doc('Văn bản chứa số liệu (tên tệp trong content/documents/)', 'Document the figures come from (file name in content/documents/)')),
  // Omitted when the source gives none for the year.
  overall: ddciOverall.optional().apply(doc('Điểm và thứ hạng chung của năm', 'Overall score and rank of the year')),
  // One entry per indicator the source reports for the year.
  indicators: z.array(ddciIndicatorResult).default([]).apply(doc('Kết quả từng chỉ số trong năm', 'Result of each indicator in the year')),
  // E.g. indicators the table leaves empty.
  note: localized.optional().apply(doc('Ghi chú về số liệu của cả năm', "About the year's figures as a whole")),
}).superRefine((d, ctx) => {
  // A rank is a place among the rankOf departments ranked that year.
  const rankWithin = (rank: number | null | undefined, path: PropertyKey[]) => {
    if (typeof rank === 'number' && rank > d.rankOf) {
      const f = path.join('.');
      contradiction(ctx, path, say('ddci.rankBeyondRankOf', { field: f, rank, rankOf: d.rankOf }));
    }
  };
  rankWithin(d.overall?.rank, ['overall', 'rank']);
  d.indicators.forEach((r, i) => rankWithin(r.rank, ['indicators', i, 'rank']));
  const thisYear = Number(buildDate().slice(0, 4));
  if (d.year > thisYear) contradiction(ctx, ['year'], say('ddci.yearInFuture', { year: d.year, thisYear }));
}).apply(doc('Kết quả DDCI của Sở theo năm: điểm, thứ hạng, nhóm', "The department's DDCI results per year: scores, ranks, groups"));
export type DdciResult = z.infer<typeof ddciResultSchema>;

/** An improvement plan. File: content/ddci/plans/<year>.yaml */
export const ddciPlanSchema = z.strictObject({
  year: z.int().min(2000).max(2100).apply(doc('Năm của kế hoạch (cũng là tên tệp)', 'Year the plan is for (also the file name)')),
  source: slug.apply(doc('Văn bản kế hoạch (tên tệp trong content/documents/)', 'The plan document (file name in content/documents/)')),
  // The 2026 plan answers the 2025 results.
  resultsYear: z.int().min(2000).max(2100).apply(doc('Năm kết quả mà kế hoạch khắc phục', 'Results year the plan responds to')),
  framework: ddciFramework.apply(doc('Bộ chỉ số của các nhiệm vụ', 'Framework of the indicators its tasks address')),
  coordinator: z.array(slug).min(1).apply(doc('Đơn vị đầu mối theo dõi, đôn đốc', 'Focal-point unit(s) for monitoring')),
  organisation: z.array(localized).min(1).apply(doc('Mục IV “Tổ chức thực hiện”, đúng lời văn kế hoạch', 'Section IV "Organisation", as the plan words it')),
  note: localized.optional().apply(doc('Ghi chú về cách đối chiếu đơn vị hoặc về bản chép', "How the plan's wording maps onto today's units, or about the transcription")),
  sample,
}).superRefine((d, ctx) => {
  if (d.resultsYear > d.year)
    contradiction(ctx, ['resultsYear'], say('ddci.resultsYearAfterPlan', { resultsYear: d.resultsYear, year: d.year }));
}).apply(doc('Kế hoạch cải thiện DDCI theo năm', 'DDCI improvement plans per year'));
export type DdciPlan = z.infer<typeof ddciPlanSchema>;

/** Evidence of progress: a page of this site ("/v/") or an external https address. */
export const ddciEvidence = z.strictObject({
  // A site path is shown in the reader's language.
  href: linkUrl.apply(doc('Đường dẫn trong trang (bắt đầu bằng /), địa chỉ https://, mailto: hoặc tel: (không dùng http:, //, javascript:…)', 'A site path starting with "/", an https:// address, mailto: or tel: (never http:, //, javascript:…)')),
  label: localized.apply(doc('Liên kết cho thấy gì', 'What the link shows')),
});

/** A dated progress report on a task. */
export const ddciUpdate = z.strictObject({
  date: isoDate.apply(doc('Ngày báo cáo', 'Date of the report')),
  status: ddciTaskStatus.apply(doc('Tình trạng nhiệm vụ tại ngày đó', 'Status of the task as of that date')),
  note: localized.apply(doc('Đã làm gì (ba ngôn ngữ)', 'What was done (three languages)')),
  evidence: z.array(ddciEvidence).default([]).apply(doc('Liên kết minh chứng', 'Links that show the work')),
  // Written by the web team; shown with a "Sample" badge.
  sample: sample.apply(doc('true nếu là báo cáo minh họa', 'true for an illustrative report')),
}).superRefine((d, ctx) => {
  notInFuture(ctx, ['date'], d.date, 'progressReport');
});
export type DdciUpdate = z.infer<typeof ddciUpdate>;

/** One bullet of "Thực hiện": who does what. */
export const ddciAssignment = z.strictObject({
  text: localized.apply(doc('Lời văn của gạch đầu dòng', 'The bullet as the plan words it')),
  // "Chủ trì": the units that carry it out or chair it.
  lead: z.array(slug).min(1).apply(doc('Đơn vị chủ trì (tên tệp trong content/units/)', 'Lead units (file names in content/units/)')),
  // "Phối hợp".
  partners: z.array(slug).default([]).apply(doc('Đơn vị phối hợp', 'Partner units')),
});

/** What a plan asks for one indicator. File: content/ddci/tasks/<plan>-<nn>.yaml */
export const ddciTaskSchema = z
  .strictObject({
    plan: z.int().min(2000).max(2100).apply(doc('Năm của kế hoạch (một tệp trong content/ddci/plans/)', 'Plan year (a file in content/ddci/plans/)')),
    number: z.int().min(1).apply(doc('Số thứ tự nhiệm vụ trong mục III của kế hoạch', 'Item number in section III of the plan')),
    // Of the plan's framework.
    indicator: slug.apply(doc('Chỉ số mà nhiệm vụ hướng tới', 'Indicator the task addresses')),
    content: localized.apply(doc('“Nội dung”: việc cần đạt được', '"Nội dung": what is to be achieved')),
    implementation: z.array(ddciAssignment).min(1).apply(doc('“Thực hiện”: từng gạch đầu dòng, đơn vị chủ trì và phối hợp', '"Thực hiện": each bullet with its lead and partner units')),
    // When not obvious.
    unitsNote: localized.optional().apply(doc('Cách đối chiếu tên đơn vị trong kế hoạch với đơn vị hiện nay', "How unit names in the plan were mapped to today's units")),
    source: slug.apply(doc('Văn bản kế hoạch (phải trùng với source của kế hoạch)', "The plan document (must match the plan's source)")),
    // Any order: pages show the newest first.
    updates: z.array(ddciUpdate).default([]).apply(doc('Báo cáo tiến độ, mỗi lần một mục', 'Progress reports, one item each')),
    sample,
  })
  .apply(doc('Nhiệm vụ của từng kế hoạch và báo cáo tiến độ', "Each plan's tasks and their progress reports"));
export type DdciTask = z.infer<typeof ddciTaskSchema>;
