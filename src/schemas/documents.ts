/**
 * The register behind the QR codes: one YAML file per official document.
 * Integrity rules that span files (unique codes, hashes of published files,
 * superseded-by targets) are checked by src/lib/content-check.
 */
import { CODE_RE } from '../lib/crockford.ts';
import { VERDICTS } from '../lib/verification.ts';
import { z } from 'astro/zod';
import { contradiction, entryRef, isoDate, localized, notBefore, notInFuture, partialDate, sample, slug } from './common.ts';
import { doc } from './field-doc.ts';
import { expected, say } from '../lib/content-check/messages.ts';

/** Crockford base32 without I, L, O, U, what the QR URL ends with: the pattern, from the one definition of the alphabet (src/lib/crockford.ts). */
export const DOC_CODE_RE = CODE_RE;
export const docCode = z.string().regex(DOC_CODE_RE, expected('docCode'));

export const DOCUMENT_TYPES = ['plan', 'letter', 'invitation', 'decision', 'report', 'notice'] as const;
/** Statuses of a document: the verdicts of the verification page, one list (src/lib/verification.ts). */
export const DOCUMENT_STATUSES = VERDICTS;

export const documentSchema = z
  .strictObject({
    code: docCode.apply(doc('Mã xác thực 8 ký tự in dưới mã QR; không bao giờ dùng lại', 'Verification code printed under the QR code; never reused')),
    // Unknown numbers are written with "…".
    number: z.string().min(3).apply(doc('Số và ký hiệu như in trên văn bản, ví dụ “627/KH-SNgV”', 'Number and symbol as printed, e.g. "627/KH-SNgV"')),
    type: z.enum(DOCUMENT_TYPES).apply(doc('Loại văn bản', 'Kind of document')),
    title: localized.apply(doc('Trích yếu của văn bản', 'Title (trích yếu)')),
    summary: localized.apply(doc('Nội dung chính, vài câu', 'What the document says, in a few sentences')),
    // As the document shows it: `YYYY-MM` when the day is blank or illegible, `YYYY-MM-DD?` when the day is read but uncertain.
    issued: partialDate.apply(doc('Ngày ban hành', 'Date of issue')),
    unit: slug.apply(doc('Đơn vị ban hành (tên tệp trong content/units/)', 'Issuing unit (file name in content/units/)')),
    signer: z
      .strictObject({
        name: z.string().min(2).apply(doc('Họ và tên người ký', 'Full name of the signer')),
        position: localized.apply(doc('Chức vụ người ký', 'Position of the signer')),
      })
      .apply(doc('Người ký', 'Who signed it')),
    // 64 lower-case hex digits; omitted only when the site holds no copy.
    sha256: z.string().regex(/^[0-9a-f]{64}$/, expected('sha256')).optional().apply(doc('Mã băm SHA-256 của tệp gốc (lệnh npm run register tự tính)', 'SHA-256 of the original file (npm run register computes it)')),
    noFileReason: localized.optional().apply(doc('Lý do không có mã băm (khi trang không lưu bản gốc)', 'Why no hash is registered (when the site holds no copy)')),
    file: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*\.pdf$/, expected('pdfName'))
      .optional()
      .apply(doc('Tên tệp PDF trong content/documents/files/ (chỉ văn bản công khai)', 'PDF file name in content/documents/files/ (public documents only)')),
    visibility: z.enum(['public', 'restricted']).apply(doc('public: đăng tệp; restricted: chỉ hiện thông tin và mã băm', 'public: the file is published; restricted: only details and hash')),
    status: z.enum(DOCUMENT_STATUSES).apply(doc('Hiệu lực pháp lý của văn bản', 'Legal status of the document')),
    statusDate: isoDate.optional().apply(doc('Ngày trạng thái có hiệu lực (bắt buộc nếu không còn “valid”)', 'Since when the status applies (required unless valid)')),
    statusReason: localized.optional().apply(doc('Lý do thay đổi trạng thái (bắt buộc nếu không còn “valid”)', 'Why the status changed (required unless valid)')),
    supersededBy: docCode.optional().apply(doc('Mã xác thực của văn bản thay thế (khi “superseded”)', 'Code of the replacing document (when superseded)')),
    related: z.array(entryRef).default([]).apply(doc('Các mục liên quan, viết “bộ-sưu-tập/mã”', 'Entries this document relates to ("collection/id")')),
    textVersionNote: localized.optional().apply(doc('Ghi chú khi tệp đăng là bản chép lại, không phải bản gốc đã ký', 'Note when the published text is a transcription, not the signed original')),
    sample,
  })
  .superRefine((d, ctx) => {
    if (d.status !== 'valid' && !d.statusDate)
      contradiction(ctx, ['statusDate'], say('doc.statusNeeds', { status: d.status }));
    if (d.status !== 'valid' && !d.statusReason)
      contradiction(ctx, ['statusReason'], say('doc.statusNeeds', { status: d.status }));
    if (d.status === 'superseded' && !d.supersededBy)
      contradiction(ctx, ['supersededBy'], say('doc.supersededNeedsCode'));
    if (d.status !== 'superseded' && d.supersededBy)
      contradiction(ctx, ['supersededBy'], say('doc.onlySupersededNamesReplacement'));
    if (!d.sha256 && !d.noFileReason)
      contradiction(ctx, ['sha256'], say('doc.hashOrReason'));
    if (d.visibility === 'public' && d.sha256 && !d.file)
      contradiction(ctx, ['file'], say('doc.publicNeedsFile'));
    if (d.visibility === 'restricted' && d.file)
      contradiction(ctx, ['file'], say('doc.restrictedNoFile'));
    // Contradictions a reader would otherwise be told are facts ("genuine and valid", issued in 2099).
    notInFuture(ctx, ['issued'], d.issued, 'documentIssued');
    notBefore(ctx, d, 'statusDate', 'issued', 'statusChange');
    if (d.supersededBy && d.supersededBy === d.code)
      contradiction(ctx, ['supersededBy'], say('doc.supersededBySelf', { code: d.code }));
  })
  .apply(doc('Sổ đăng ký văn bản có mã QR (thường tạo bằng npm run register)', 'The register of documents with QR codes (usually written by npm run register)'));
export type DocumentRecord = z.infer<typeof documentSchema>;
