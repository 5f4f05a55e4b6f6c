/**
 * Collections written as MDX, one file per locale sharing an id:
 *   content/<collection>/vi/<id>.mdx   the original: every fact lives here
 *   content/<collection>/zh/<id>.mdx   translation: title, summary, body only
 *   content/<collection>/en/<id>.mdx
 * Facts (dates, status, partners…) are never repeated in translations, so they
 * cannot drift apart.
 */
import { z } from 'astro/zod';
import { contradiction, countryCode, entryRef, isoDate, localized, notBefore, sample, slug, topic, update } from './common.ts';

/** Front matter every Vietnamese original carries. */
const articleBase = {
  /** Headline of the page. */
  title: z.string().trim().min(3),
  /** One or two sentences shown in lists, search results and feeds. */
  summary: z.string().trim().min(10),
  /** First publication on this site. */
  published: isoDate,
  /** Last substantive change of the Vietnamese text (translations older than this are flagged). */
  updated: isoDate.optional(),
  /** Subjects for filtering. */
  topics: z.array(topic).min(1),
  /** Responsible unit (id in units). */
  unit: slug,
  /** The registered document this entry is based on (id in documents). */
  sourceDocument: slug.optional(),
  /** Other entries to show under "related" ("collection/id"). */
  related: z.array(entryRef).default([]),
  /** Dated changes ("updates to this page"). */
  updates: z.array(update).default([]),
  sample,
};

/** Dates every article keeps in order: changes come after first publication. */
function articleDates(d: { published: string; updated?: string; updates: { date: string }[] }, ctx: z.core.$RefinementCtx): void {
  notBefore(ctx, d, 'updated', 'published');
  d.updates.forEach((u, i) => {
    if (u.date < d.published) {
      contradiction(ctx, ['updates', i, 'date'], `updates.${i}.date (${u.date}) is before published (${d.published})`, `updates.${i}.date (${u.date}) sớm hơn published (${d.published})`);
    }
  });
}

export const policySchema = z.strictObject({
  ...articleBase,
  /** Who issued the policy, e.g. "UBND tỉnh Lạng Sơn". */
  issuer: localized,
  /** Whether it applies today. */
  status: z.enum(['in-force', 'upcoming', 'expired']),
  /** First day it applies. */
  effectiveFrom: isoDate,
  /** Last day it applies, if limited. */
  effectiveTo: isoDate.optional(),
}).superRefine((d, ctx) => {
  articleDates(d, ctx);
  notBefore(ctx, d, 'effectiveTo', 'effectiveFrom');
});

export const mouSchema = z.strictObject({
  ...articleBase,
  /** Date of signature. */
  signed: isoDate,
  /** The other parties. */
  partners: z
    .array(
      z.strictObject({
        /** Partner's name. */
        name: localized,
        /** Partner's country. */
        country: countryCode,
      }),
    )
    .min(1),
  /** Where the MOU stands. */
  status: z.enum(['active', 'expired', 'terminated']),
  /** End of validity, if any. */
  validUntil: isoDate.optional(),
}).superRefine((d, ctx) => {
  articleDates(d, ctx);
  notBefore(ctx, d, 'validUntil', 'signed');
});

/**
 * Proofs of origin used under the trade agreements: certificate-of-origin forms issued by a
 * C/O issuing authority, or declarations by the exporter. Labels: `originForm.<id>` in src/i18n.
 */
export const ORIGIN_FORMS = [
  'form-e',
  'form-rcep',
  'form-cptpp',
  'form-eur1',
  'self-certification',
  'approved-exporter-declaration',
  'approved-or-rex-exporter-declaration',
] as const;

export const tradeAgreementSchema = z.strictObject({
  ...articleBase,
  /** Common abbreviation, e.g. "RCEP". */
  shortName: z.string().min(2),
  /** Date of signature. */
  signed: isoDate,
  /** Date the agreement entered into force for Viet Nam. */
  inForceVietnam: isoDate,
  /** Parties (ISO country codes; "EU" for the European Union). */
  members: z.array(z.union([countryCode, z.literal('EU')])).min(1),
  /** Certificate-of-origin forms or self-certification used under the agreement (named in each language by the site). */
  originForms: z.array(z.enum(ORIGIN_FORMS)).min(1),
  /** Whether it applies today. */
  status: z.enum(['in-force', 'signed', 'negotiating']),
}).superRefine((d, ctx) => {
  articleDates(d, ctx);
  notBefore(ctx, d, 'inForceVietnam', 'signed');
});

export const eventSchema = z.strictObject({
  ...articleBase,
  /** First day. */
  start: isoDate,
  /** Last day (same as start when omitted). */
  end: isoDate.optional(),
  /** Where it takes place. */
  location: localized,
  /** Kind of event. */
  kind: z.enum(['trade-fair', 'delegation', 'dialogue', 'conference', 'training']),
  /** Whether it is planned, has taken place or was cancelled. */
  status: z.enum(['scheduled', 'completed', 'cancelled']),
}).superRefine((d, ctx) => {
  articleDates(d, ctx);
  notBefore(ctx, d, 'end', 'start', { en: ': an event cannot end before it starts', vi: ': sự kiện không thể kết thúc trước khi bắt đầu' });
});

/** Front matter of a Chinese or English translation. */
export const translationSchema = z.strictObject({
  /** Translated headline. */
  title: z.string().trim().min(2),
  /** Translated summary. */
  summary: z.string().trim().min(4),
  /** When the translation was last brought in line with the Vietnamese text. */
  translated: isoDate,
});

export type PolicyData = z.infer<typeof policySchema>;
export type MouData = z.infer<typeof mouSchema>;
export type TradeAgreementData = z.infer<typeof tradeAgreementSchema>;
export type EventData = z.infer<typeof eventSchema>;
export type TranslationData = z.infer<typeof translationSchema>;
