/**
 * The register behind the QR codes: one YAML file per official document.
 * Integrity rules that span files (unique codes, hashes of published files,
 * superseded-by targets) are checked by src/lib/content-check.
 */
import { CODE_RE } from '../lib/crockford.ts';
import { VERDICTS } from '../lib/verification.ts';
import { z } from 'astro/zod';
import { contradiction, entryRef, isoDate, localized, notBefore, notInFuture, partialDate, sample, slug } from './common.ts';

/** Crockford base32 without I, L, O, U, what the QR URL ends with: the pattern, from the one definition of the alphabet (src/lib/crockford.ts). */
export const DOC_CODE_RE = CODE_RE;
export const docCode = z.string().regex(DOC_CODE_RE, '8 upper-case Crockford base32 characters (0-9, A-Z without I, L, O, U)');

export const DOCUMENT_TYPES = ['plan', 'letter', 'invitation', 'decision', 'report', 'notice'] as const;
/** Statuses of a document: the verdicts of the verification page, one list (src/lib/verification.ts). */
export const DOCUMENT_STATUSES = VERDICTS;

export const documentSchema = z
  .strictObject({
    /** Verification code printed under the QR code; never reused. */
    code: docCode,
    /** Number and symbol as printed, e.g. "627/KH-SNgV"; unknown numbers are written with "…". */
    number: z.string().min(3),
    /** Kind of document. */
    type: z.enum(DOCUMENT_TYPES),
    /** Title (trích yếu). */
    title: localized,
    /** What the document says, in a few sentences. */
    summary: localized,
    /**
     * Date of issue as the document shows it: `YYYY-MM` when the day is blank or illegible,
     * `YYYY-MM-DD?` when the day is read but uncertain.
     */
    issued: partialDate,
    /** Issuing unit (id in units). */
    unit: slug,
    /** Who signed it. */
    signer: z.strictObject({
      /** Full name of the signer. */
      name: z.string().min(2),
      /** Position, e.g. "Giám đốc". */
      position: localized,
    }),
    /** SHA-256 of the original file, 64 lower-case hex digits; omitted only when the site holds no copy. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lower-case hexadecimal digits').optional(),
    /** Why no hash is registered (required when sha256 is absent). */
    noFileReason: localized.optional(),
    /** Published file name under content/documents/files/ (public documents only). */
    file: z.string().regex(/^[a-z0-9][a-z0-9._-]*\.pdf$/, 'a PDF file name such as "kh-627-2025.pdf"').optional(),
    /** `public`: the file is published; `restricted`: only metadata and hash are shown. */
    visibility: z.enum(['public', 'restricted']),
    /** Legal status of the document. */
    status: z.enum(DOCUMENT_STATUSES),
    /** Since when the status applies (required unless valid). */
    statusDate: isoDate.optional(),
    /** Why the status changed (required unless valid). */
    statusReason: localized.optional(),
    /** Code of the document that replaces this one (required when superseded). */
    supersededBy: docCode.optional(),
    /** Entries this document relates to ("collection/id"). */
    related: z.array(entryRef).default([]),
    /** Set when the text published is a transcription rather than the signed original. */
    textVersionNote: localized.optional(),
    sample,
  })
  .superRefine((d, ctx) => {
    if (d.status !== 'valid' && !d.statusDate)
      ctx.addIssue({ code: 'custom', path: ['statusDate'], message: `required when status is "${d.status}"` });
    if (d.status !== 'valid' && !d.statusReason)
      ctx.addIssue({ code: 'custom', path: ['statusReason'], message: `required when status is "${d.status}"` });
    if (d.status === 'superseded' && !d.supersededBy)
      ctx.addIssue({ code: 'custom', path: ['supersededBy'], message: 'the code of the replacing document is required when status is "superseded"' });
    if (d.status !== 'superseded' && d.supersededBy)
      ctx.addIssue({ code: 'custom', path: ['supersededBy'], message: 'only a superseded document names its replacement' });
    if (!d.sha256 && !d.noFileReason)
      ctx.addIssue({ code: 'custom', path: ['sha256'], message: 'required (or give noFileReason when the site holds no copy of the original)' });
    if (d.visibility === 'public' && d.sha256 && !d.file)
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'a public document with a hash must name its published PDF' });
    if (d.visibility === 'restricted' && d.file)
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'a restricted document must not publish its file' });
    // Contradictions a reader would otherwise be told are facts ("genuine and valid", issued in 2099).
    notInFuture(ctx, ['issued'], d.issued, {
      en: 'a document cannot be issued after the site is built; check the year',
      vi: 'văn bản không thể được ban hành sau ngày dựng trang; hãy kiểm tra năm',
    });
    notBefore(ctx, d, 'statusDate', 'issued', { en: ': a status cannot change before the document exists', vi: ': trạng thái không thể thay đổi trước khi có văn bản' });
    if (d.supersededBy && d.supersededBy === d.code)
      contradiction(ctx, ['supersededBy'], `supersededBy (${d.code}) is the document's own code: name the code of the document that replaces it`, `supersededBy (${d.code}) là mã của chính văn bản này: hãy ghi mã của văn bản thay thế`);
  });
export type DocumentRecord = z.infer<typeof documentSchema>;
