/**
 * Collections written as MDX, one file per locale sharing an id:
 *   content/<collection>/vi/<id>.mdx   the original: every fact lives here
 *   content/<collection>/zh/<id>.mdx   translation: title, summary, body only
 *   content/<collection>/en/<id>.mdx
 * Facts (dates, status, partners…) are never repeated in translations, so they
 * cannot drift apart.
 */
import { z } from 'astro/zod';
import { contradiction, countryCode, isoDate, localized, notBefore, related, sample, slug, topics, updates } from './common.ts';
import { doc } from './field-doc.ts';
import { say } from '../lib/content-check/messages.ts';

/** Front matter every Vietnamese original carries. */
const articleBase = {
  title: z.string().trim().min(3).apply(doc('Tiêu đề của trang', 'Headline of the page')),
  summary: z.string().trim().min(10).apply(doc('Một hoặc hai câu tóm tắt, hiện trong danh sách, kết quả tìm kiếm và bản tin', 'One or two sentences shown in lists, search results and feeds')),
  published: isoDate.apply(doc('Ngày đăng lần đầu trên trang', 'First publication on this site')),
  updated: isoDate.optional().apply(doc('Ngày sửa nội dung tiếng Việt gần nhất (bản dịch cũ hơn ngày này sẽ bị đánh dấu “cần cập nhật”)', 'Last substantive change of the Vietnamese text (older translations are flagged)')),
  topics,
  unit: slug.apply(doc('Đơn vị phụ trách (tên tệp trong content/units/)', 'Responsible unit (file name in content/units/)')),
  sourceDocument: slug.optional().apply(doc('Văn bản gốc đã đăng ký (tên tệp trong content/documents/)', 'The registered document this entry is based on (file name in content/documents/)')),
  related,
  updates,
  sample,
};

/** Dates every article keeps in order: changes come after first publication. */
function articleDates(d: { published: string; updated?: string; updates: { date: string }[] }, ctx: z.core.$RefinementCtx): void {
  notBefore(ctx, d, 'updated', 'published');
  d.updates.forEach((u, i) => {
    if (u.date < d.published) {
      contradiction(ctx, ['updates', i, 'date'], say('date.before', { later: `updates.${i}.date`, a: u.date, earlier: 'published', b: d.published }));
    }
  });
}

export const policySchema = z.strictObject({
  ...articleBase,
  issuer: localized.apply(doc('Cơ quan ban hành, ví dụ “UBND tỉnh Lạng Sơn”', 'Who issued the policy, e.g. "Lạng Sơn Provincial People\'s Committee"')),
  status: z.enum(['in-force', 'upcoming', 'expired']).apply(doc('Còn hiệu lực, sắp có hiệu lực hay đã hết hiệu lực', 'Whether it applies today')),
  effectiveFrom: isoDate.apply(doc('Ngày bắt đầu có hiệu lực', 'First day it applies')),
  effectiveTo: isoDate.optional().apply(doc('Ngày hết hiệu lực (nếu có)', 'Last day it applies, if limited')),
}).superRefine((d, ctx) => {
  articleDates(d, ctx);
  notBefore(ctx, d, 'effectiveTo', 'effectiveFrom');
}).apply(doc('Chính sách thu hút đầu tư, hỗ trợ doanh nghiệp', 'Investment and business-support policies'));

export const mouSchema = z.strictObject({
  ...articleBase,
  signed: isoDate.apply(doc('Ngày ký', 'Date of signature')),
  partners: z
    .array(
      z.strictObject({
        name: localized.apply(doc('Tên đối tác', "Partner's name")),
        country: countryCode.apply(doc('Mã quốc gia của đối tác (2 chữ in hoa, ví dụ CN)', "Partner's country (two capital letters, e.g. CN)")),
      }),
    )
    .min(1)
    .apply(doc('Các bên đối tác', 'The other parties')),
  status: z.enum(['active', 'expired', 'terminated']).apply(doc('Tình trạng của thỏa thuận', 'Where the MOU stands')),
  validUntil: isoDate.optional().apply(doc('Ngày hết hạn (nếu có)', 'End of validity, if any')),
}).superRefine((d, ctx) => {
  articleDates(d, ctx);
  notBefore(ctx, d, 'validUntil', 'signed');
}).apply(doc('Thỏa thuận hợp tác (MOU) đã ký', 'Signed memoranda of understanding'));

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
  shortName: z.string().min(2).apply(doc('Tên viết tắt, ví dụ “RCEP”', 'Common abbreviation, e.g. "RCEP"')),
  signed: isoDate.apply(doc('Ngày ký', 'Date of signature')),
  inForceVietnam: isoDate.apply(doc('Ngày có hiệu lực đối với Việt Nam', 'Date it entered into force for Viet Nam')),
  members: z.array(z.union([countryCode, z.literal('EU')])).min(1).apply(doc('Các thành viên (mã quốc gia 2 chữ; “EU” cho Liên minh châu Âu)', 'Parties (two-letter country codes; "EU" for the European Union)')),
  // Named in each language by the site (labels originForm.<id>).
  originForms: z.array(z.enum(ORIGIN_FORMS)).min(1).apply(doc('Mẫu C/O hoặc hình thức tự chứng nhận xuất xứ', 'Certificate-of-origin forms or self-certification')),
  status: z.enum(['in-force', 'signed', 'negotiating']).apply(doc('Đang có hiệu lực, đã ký hay đang đàm phán', 'Whether it applies today')),
}).superRefine((d, ctx) => {
  articleDates(d, ctx);
  notBefore(ctx, d, 'inForceVietnam', 'signed');
}).apply(doc('Hướng dẫn các hiệp định thương mại (RCEP, ACFTA, CPTPP, EVFTA…)', 'Guides to trade agreements (RCEP, ACFTA, CPTPP, EVFTA…)'));

export const eventSchema = z.strictObject({
  ...articleBase,
  start: isoDate.apply(doc('Ngày bắt đầu', 'First day')),
  // Same as start when omitted.
  end: isoDate.optional().apply(doc('Ngày kết thúc (bỏ trống nếu chỉ một ngày)', 'Last day (leave out for a one-day event)')),
  location: localized.apply(doc('Địa điểm', 'Where it takes place')),
  kind: z.enum(['trade-fair', 'delegation', 'dialogue', 'conference', 'training']).apply(doc('Loại sự kiện', 'Kind of event')),
  status: z.enum(['scheduled', 'completed', 'cancelled']).apply(doc('Sắp diễn ra, đã diễn ra hay bị hủy', 'Planned, completed or cancelled')),
}).superRefine((d, ctx) => {
  articleDates(d, ctx);
  notBefore(ctx, d, 'end', 'start', 'eventEnd');
}).apply(doc('Sự kiện: hội chợ, đoàn công tác, đối thoại, hội nghị, tập huấn', 'Events: trade fairs, delegations, dialogues, conferences, training'));

/** Front matter of a Chinese or English translation. */
export const translationSchema = z.strictObject({
  title: z.string().trim().min(2).apply(doc('Tiêu đề đã dịch', 'Translated headline')),
  summary: z.string().trim().min(4).apply(doc('Tóm tắt đã dịch', 'Translated summary')),
  translated: isoDate.apply(doc('Ngày bản dịch được cập nhật theo bản tiếng Việt gần nhất', 'When the translation was last brought in line with the Vietnamese text')),
});

export type PolicyData = z.infer<typeof policySchema>;
export type MouData = z.infer<typeof mouSchema>;
export type TradeAgreementData = z.infer<typeof tradeAgreementSchema>;
export type EventData = z.infer<typeof eventSchema>;
export type TranslationData = z.infer<typeof translationSchema>;
