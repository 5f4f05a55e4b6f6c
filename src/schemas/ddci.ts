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
export const ddciIndicatorSchema = z.strictObject({
  /** Name of the indicator exactly as the plan writes it (vi), with translations. */
  name: localized,
  /** Which framework the indicator belongs to. */
  framework: ddciFramework,
  /** Its number (STT) in the plan's results table; orders lists. */
  number: z.int().min(1),
  /**
   * Id of the previous framework's indicator that the plan compares this one with
   * ("so với chỉ số … năm 2024"), or null when the plan states no comparison. An indicator
   * of the previous framework is compared with itself and leaves this null.
   */
  comparedWith: slug.nullable().default(null),
  /** Document the name (and the comparison) is transcribed from (id in documents). */
  source: slug,
  sample,
});
export type DdciIndicator = z.infer<typeof ddciIndicatorSchema>;

/** Another value for the same figure stated elsewhere in the source, kept so nothing is lost. */
export const ddciAlsoStated = z.strictObject({
  /** Which figure it concerns. */
  field: z.enum(['score', 'rank']),
  /** The other value. */
  value: z.number(),
  /** Where the source states it, e.g. "the assessment text of section II.2". */
  where: localized,
});

/** Figures the source gives for one indicator (or the overall index) in one year. */
const figures = {
  /** Rank among the departments ranked that year; null when not given or illegible. */
  rank: rank.nullable().default(null),
  /** Ranking group, when the source gives one. */
  group: ddciGroup.nullable().default(null),
  /**
   * The change in points the source states in words or in its table, against the compared
   * indicator of the previous year; the build recomputes it from the scores and must agree.
   */
  statedChange: z.number().optional(),
  /** Raw OCR text of a figure that is recorded differently or as null, e.g. "5.397". */
  ocr: z.string().optional(),
  /** The same figure stated differently elsewhere in the source. */
  alsoStated: z.array(ddciAlsoStated).default([]),
  /** Anything a reader must know about these figures (illegible, conflicting, derived…). */
  note: localized.optional(),
};

/** Overall DDCI result of the department in a year. */
export const ddciOverall = z.strictObject({
  /** Score out of 100 as printed; null only when the source figure is illegible (say why in `note`). */
  score: overallScore.nullable(),
  ...figures,
  /** Places gained (+) or lost (−) against the previous year, as the source states it. */
  statedRankChange: z.int().optional(),
});

/** Result of one indicator in a year. */
export const ddciIndicatorResult = z.strictObject({
  /** Indicator id (in ddci-indicators), of the year's framework. */
  indicator: slug,
  /** Score out of 10 as printed; null only when the source figure is illegible (say why in `note`). */
  score: indicatorScore.nullable(),
  ...figures,
  /** Document this figure comes from, when it differs from the year's `source`. */
  source: slug.optional(),
});

/** The department's results of one year. File: content/ddci/results/<year>.yaml */
export const ddciResultSchema = z.strictObject({
  /** Results year (the survey year; published in the following year's plan). */
  year: z.int().min(2000).max(2100),
  /** Framework the year was assessed on; every indicator below must belong to it. */
  framework: ddciFramework,
  /** How many departments and agencies were ranked that year ("18/19" → 19). */
  rankOf: z.int().min(1),
  /** Document the figures are transcribed from (id in documents). */
  source: slug,
  /** Overall score and rank; omitted when the source gives none for the year. */
  overall: ddciOverall.optional(),
  /** One entry per indicator the source reports for the year. */
  indicators: z.array(ddciIndicatorResult).default([]),
  /** About the year's figures as a whole (e.g. indicators the table leaves empty). */
  note: localized.optional(),
}).superRefine((d, ctx) => {
  // A rank is a place among the rankOf departments ranked that year.
  const rankWithin = (rank: number | null | undefined, path: PropertyKey[]) => {
    if (typeof rank === 'number' && rank > d.rankOf) {
      const f = path.join('.');
      contradiction(ctx, path, `${f} (${rank}) is larger than rankOf (${d.rankOf}), the number of departments ranked`, `${f} (${rank}) lớn hơn rankOf (${d.rankOf}), số sở ngành được xếp hạng`);
    }
  };
  rankWithin(d.overall?.rank, ['overall', 'rank']);
  d.indicators.forEach((r, i) => rankWithin(r.rank, ['indicators', i, 'rank']));
  const thisYear = Number(buildDate().slice(0, 4));
  if (d.year > thisYear) contradiction(ctx, ['year'], `year (${d.year}) is after the current year (${thisYear}): results cannot be published in advance`, `year (${d.year}) sau năm hiện tại (${thisYear}): kết quả không thể công bố trước`);
});
export type DdciResult = z.infer<typeof ddciResultSchema>;

/** An improvement plan. File: content/ddci/plans/<year>.yaml */
export const ddciPlanSchema = z.strictObject({
  /** Year the plan is for. */
  year: z.int().min(2000).max(2100),
  /** The plan document (id in documents). */
  source: slug,
  /** Results year the plan responds to (the 2026 plan answers the 2025 results). */
  resultsYear: z.int().min(2000).max(2100),
  /** Framework of the indicators its tasks address. */
  framework: ddciFramework,
  /** Unit(s) the plan makes the focal point for monitoring (ids in units). */
  coordinator: z.array(slug).min(1),
  /** Section IV "Tổ chức thực hiện" as the plan words it. */
  organisation: z.array(localized).min(1),
  /** How the plan's wording maps onto today's units, or about the transcription. */
  note: localized.optional(),
  sample,
}).superRefine((d, ctx) => {
  if (d.resultsYear > d.year)
    contradiction(ctx, ['resultsYear'], `resultsYear (${d.resultsYear}) is after year (${d.year}): a plan answers results already published`, `resultsYear (${d.resultsYear}) sau year (${d.year}): kế hoạch chỉ dựa trên kết quả đã công bố`);
});
export type DdciPlan = z.infer<typeof ddciPlanSchema>;

/** Evidence of progress: a page of this site ("/v/") or an external https address. */
export const ddciEvidence = z.strictObject({
  /** Site path starting with "/" (shown in the reader's language) or an https:// URL. */
  href: linkUrl,
  /** What the link shows. */
  label: localized,
});

/** A dated progress report on a task. */
export const ddciUpdate = z.strictObject({
  /** Date of the report. */
  date: isoDate,
  /** Status of the task as of that date. */
  status: ddciTaskStatus,
  /** What was done, in the three languages. */
  note: localized,
  /** Links that show the work. */
  evidence: z.array(ddciEvidence).default([]),
  /** True for an illustrative report written by the web team (shown with a "Sample" badge). */
  sample,
}).superRefine((d, ctx) => {
  notInFuture(ctx, ['date'], d.date, { en: 'a progress report cannot be dated after today', vi: 'báo cáo tiến độ không thể ghi ngày sau hôm nay' });
});
export type DdciUpdate = z.infer<typeof ddciUpdate>;

/** One bullet of "Thực hiện": who does what. */
export const ddciAssignment = z.strictObject({
  /** The bullet as the plan words it. */
  text: localized,
  /** Units that carry it out or chair it ("chủ trì"; ids in units). */
  lead: z.array(slug).min(1),
  /** Units named as coordinating ("phối hợp"; ids in units). */
  partners: z.array(slug).default([]),
});

/** What a plan asks for one indicator. File: content/ddci/tasks/<plan>-<nn>.yaml */
export const ddciTaskSchema = z.strictObject({
  /** Plan year (a file in ddci/plans). */
  plan: z.int().min(2000).max(2100),
  /** Item number in section III of the plan. */
  number: z.int().min(1),
  /** Indicator the task addresses (id in ddci-indicators, of the plan's framework). */
  indicator: slug,
  /** "Nội dung": what is to be achieved. */
  content: localized,
  /** "Thực hiện": each bullet with its lead and partner units. */
  implementation: z.array(ddciAssignment).min(1),
  /** How unit names in the plan were mapped to today's units, when not obvious. */
  unitsNote: localized.optional(),
  /** Document the task is transcribed from (id in documents). */
  source: slug,
  /** Progress reports, any order (pages show the newest first). */
  updates: z.array(ddciUpdate).default([]),
  sample,
});
export type DdciTask = z.infer<typeof ddciTaskSchema>;
