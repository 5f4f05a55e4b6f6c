/**
 * Building blocks shared by every collection schema. Kept free of Astro imports
 * (only `astro/zod`) so that the same schemas validate content in the build,
 * in `npm run check` and in unit tests.
 */
import { z } from 'astro/zod';
import { judgeUrl } from '../lib/safe-url.ts';
import { doc } from './field-doc.ts';
import { expected, say, type RuleParams, type Saying } from '../lib/content-check/messages.ts';

export { LOCALES, type Locale } from '../lib/locales.ts';

/** An entry id: lower-case ASCII words joined by hyphens; it becomes part of every URL. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, expected('slug'));

/** Text in the three languages. Vietnamese is authoritative and required; a missing translation falls back to it. */
export const localized = z.strictObject({
  /** Vietnamese text (required). */
  vi: z.string().trim().min(1, expected('viRequired')),
  /** Simplified Chinese translation; omit it when not yet translated. */
  zh: z.string().trim().min(1).optional(),
  /** English translation; omit it when not yet translated. */
  en: z.string().trim().min(1).optional(),
});
export type Localized = z.infer<typeof localized>;

/** A list of texts, each in the three languages. */
export const localizedList = z.array(localized);

function realDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * A calendar date written as YYYY-MM-DD. YAML parsers may hand us a Date object for an
 * unquoted date, so both are accepted and normalised to the string form.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: expected('date') })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: expected('date'), abort: true })
    .refine(realDate, expected('realDate')),
);

/**
 * A date only as precise as its source, in the level-1 forms of EDTF (ISO 8601-2):
 * `YYYY-MM-DD` (the day is known), `YYYY-MM` (only the month is known, e.g. the day is left
 * blank on the document) or `YYYY-MM-DD?` (the day is read but uncertain). A day is never
 * invented to fill a gap: write the month alone.
 */
export const PARTIAL_DATE_RE = /^\d{4}-\d{2}(?:-\d{2}\??)?$/;
export const partialDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: expected('partialDate') })
    .regex(PARTIAL_DATE_RE, { error: expected('partialDate'), abort: true })
    .refine((s) => (s.length === 7 ? realDate(`${s}-01`) : realDate(s.slice(0, 10))), expected('realPartialDate')),
);

/** Subjects used to group and filter entries across sections. */
export const TOPICS = [
  'investment',
  'trade',
  'customs-origin',
  'border',
  'consular',
  'cooperation',
  'administration',
  'ddci',
] as const;
export const topic = z.enum(TOPICS);
export type Topic = (typeof TOPICS)[number];

/** ISO 3166-1 alpha-2 country code, upper case (e.g. "CN", "VN"). */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, expected('country'));

/**
 * A dated change to an entry, shown as "updates to this page"; major updates also go to the feeds.
 */
export const update = z.strictObject({
  date: isoDate.apply(doc('Ngày thay đổi', 'When the change was made')),
  note: localized.apply(doc('Đã thay đổi gì (ba ngôn ngữ, bắt buộc tiếng Việt)', 'What changed (three languages, Vietnamese required)')),
  // A major update changes facts a reader relies on.
  major: z.boolean().default(false).apply(doc('true nếu thay đổi quan trọng: sẽ đưa lên bản tin (feed)', 'true for a major change: it is announced in the feeds')),
});

/** The dated changes of an entry, as a field. */
export const updates = z.array(update).default([]).apply(doc('Lịch sử thay đổi (“Cập nhật của trang này”)', 'Dated changes ("updates to this page")'));

/**
 * A link to another entry, written "collection/id" (e.g. "policies/fdi-incentives").
 * Existence is checked across the whole content tree before the build.
 */
export const entryRef = z
  .string()
  .regex(/^[a-z-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, expected('entryRef'));

/**
 * True when the entry is an illustrative example written by the web team, not a verified
 * fact of the department. Pages show a visible "sample" badge and open data carries the flag.
 */
export const sample = z
  .boolean()
  .default(false)
  .apply(doc('true = nội dung minh họa, chưa phải thông tin chính thức (trang hiện nhãn “Mẫu”)', 'true = illustrative content, not verified fact (the page shows a "Sample" badge)'));

/** Other entries shown as related, as a field. */
export const related = z
  .array(entryRef)
  .default([])
  .apply(doc('Các mục liên quan, viết “bộ-sưu-tập/mã”, ví dụ policies/uu-dai-dau-tu', 'Related entries, written "collection/id", e.g. policies/fdi-incentives'));

/** Subjects an entry is filed under, as a field. */
export const topics = z.array(topic).min(1).apply(doc('Chủ đề để lọc', 'Subjects for filtering'));

/**
 * Today's date where the department works (UTC+7), the latest day a past event such as
 * the issue of a document may carry. BUILD_DATE (YYYY-MM-DD) fixes it for reproducible
 * builds and tests.
 */
export function buildDate(): string {
  const fixed = process.env.BUILD_DATE;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

interface RefineCtx {
  addIssue: (issue: { code: 'custom'; path: PropertyKey[]; message: string; params?: Record<string, unknown> }) => void;
}

/** A cross-field rule broken: the message travels with the issue (see describeIssue in messages.ts). */
export function contradiction(ctx: RefineCtx, path: PropertyKey[], said: Saying): void {
  const params: RuleParams = { said };
  ctx.addIssue({ code: 'custom', path, message: said.en, params: { ...params } });
}

/** `later` (a date field) must not be before `earlier`; both named in the message, `why` says what it would mean. */
export function notBefore(ctx: RefineCtx, data: Record<string, unknown>, later: string, earlier: string, why?: 'eventEnd' | 'statusChange'): void {
  // Dates may be partial (see partialDate): an uncertain day "2025-04-17?" compares as that day.
  const a = typeof data[later] === 'string' ? (data[later] as string).replace(/\?$/, '') : data[later];
  const b = typeof data[earlier] === 'string' ? (data[earlier] as string).replace(/\?$/, '') : data[earlier];
  if (typeof a === 'string' && typeof b === 'string' && a < b) contradiction(ctx, [later], say('date.before', { later, a, earlier, b, why }));
}

/** A date of something that has already happened must not be after the build date. */
export function notInFuture(ctx: RefineCtx, path: PropertyKey[], value: unknown, why: 'documentIssued' | 'progressReport'): void {
  const today = buildDate();
  if (typeof value === 'string' && value > today) contradiction(ctx, path, say('date.afterToday', { field: path.join('.'), value, today, why }));
}

/**
 * An address in a record (evidence, sources, links): a site path starting with "/", an
 * https:// address, mailto: or tel:, judged by the same rule as links in MDX bodies
 * (src/lib/safe-url.ts). Every URL field of every collection uses this.
 */
export const linkUrl = z.string().superRefine((href, ctx) => {
  const v = judgeUrl(href, 'field');
  if (!v.ok) contradiction(ctx, [], v);
});
