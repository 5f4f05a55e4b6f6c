/** Collections written as one YAML record per file, every text in the three languages. */
import { z } from 'astro/zod';
import { entryRef, isoDate, localized, localizedList, sample, slug, topic, update } from './common.ts';

export const procedureSchema = z.strictObject({
  /** Name of the administrative procedure. */
  title: localized,
  /** What it is for and who needs it. */
  summary: localized,
  /** Code in the national database of administrative procedures, if any. */
  nationalCode: z.string().optional(),
  /** Online public service level: full (done entirely online), partial, or none. */
  onlineLevel: z.enum(['full', 'partial', 'none']),
  /** Statutory time limit, e.g. "05 ngày làm việc". */
  timeLimit: localized,
  /** Fee, in words (e.g. "Không thu phí"). */
  fee: localized,
  /** Papers to submit. */
  papers: localizedList.min(1),
  /** Steps in order. */
  steps: localizedList.min(1),
  /** Legal basis. */
  legalBasis: localizedList.min(1),
  /** Unit that receives the file (id in units). */
  unit: slug,
  /** Subjects for filtering. */
  topics: z.array(topic).min(1),
  /** Date the information was last checked. */
  updated: isoDate,
  /** Other entries ("collection/id"). */
  related: z.array(entryRef).default([]),
  updates: z.array(update).default([]),
  sample,
});

export const serviceSchema = z.strictObject({
  /** Name of the service. */
  title: localized,
  /** What the department does for the requester. */
  summary: localized,
  /** Published price in Vietnamese dong (0 when free). */
  feeVnd: z.number().int().min(0),
  /** What the price is per, e.g. "trang" (page), "giờ" (hour). */
  feeUnit: localized,
  /** Legal basis of the price. */
  legalBasis: localized,
  /** How to request the service. */
  howToRequest: localized,
  /** Unit providing the service (id in units). */
  unit: slug,
  /** Subjects for filtering. */
  topics: z.array(topic).min(1),
  /** Date the price list was last checked. */
  updated: isoDate,
  related: z.array(entryRef).default([]),
  updates: z.array(update).default([]),
  sample,
});

export const FAQ_TOPICS = ['investment', 'trade', 'consular', 'border', 'documents', 'feedback'] as const;

export const faqSchema = z.strictObject({
  /** The question as a business would ask it. */
  question: localized,
  /** The answer (plain text; blank lines separate paragraphs). */
  answer: localized,
  /** Group on the FAQ page. */
  topic: z.enum(FAQ_TOPICS),
  /** Unit that answers (id in units). */
  unit: slug,
  /** Date the answer was last checked. */
  updated: isoDate,
  /** Entries the answer points to ("collection/id"). */
  related: z.array(entryRef).default([]),
  /** Position within its group (smaller first). */
  order: z.number().int().min(0).default(100),
  updates: z.array(update).default([]),
  sample,
});

export type ProcedureData = z.infer<typeof procedureSchema>;
export type ServiceData = z.infer<typeof serviceSchema>;
export type FaqData = z.infer<typeof faqSchema>;
