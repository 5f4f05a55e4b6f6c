/**
 * The trilingual glossary: one recurring term per YAML file (content/glossary/<id>.yaml).
 * It is where translators take terms from, it is published at /glossary/ and as open data,
 * and search reads it for synonyms: a page that uses any form of a term is also found by
 * every other form (src/lib/search-synonyms.ts). The shape is fixed by the glossary format
 * shared with the terminology work; every language of `term` and `definition` is required,
 * because a term missing in one language cannot serve as a synonym there.
 */
import { z } from 'astro/zod';
import { entryRef, sample } from './common.ts';
import { doc } from './field-doc.ts';
import { expected } from '../lib/content-check/messages.ts';

/** One written form of a term: plain text, no line breaks. */
const form = z
  .string()
  .trim()
  .min(1, expected('wordOrPhrase'))
  .regex(/^[^\n\r]+$/, expected('oneLine'));

/** A list of forms per language; a language may be left out. Each use says what the forms are. */
const forms3 = (vi: [string, string], zh: [string, string], en: [string, string]) =>
  z.strictObject({
    vi: z.array(form).optional().apply(doc(...vi)),
    zh: z.array(form).optional().apply(doc(...zh)),
    en: z.array(form).optional().apply(doc(...en)),
  });

export const glossarySchema = z.strictObject({
  // Every language is required: a term missing in one language cannot serve as a synonym there.
  term: z
    .strictObject({
      vi: form.apply(doc('Thuật ngữ tiếng Việt', 'Vietnamese term')),
      zh: form.apply(doc('Thuật ngữ tiếng Trung (giản thể)', 'Chinese (Simplified) term')),
      en: form.apply(doc('Thuật ngữ tiếng Anh', 'English term')),
    })
    .apply(doc('Thuật ngữ chuẩn, mỗi ngôn ngữ một cách viết (tiếng Việt là gốc); người dịch dùng đúng chữ này', 'The preferred term, one per language (Vietnamese authoritative); translators use exactly this wording')),
  // Language-neutral.
  abbreviations: z.array(form).default([]).apply(doc('Chữ viết tắt người dùng hay gõ, ví dụ C/O, FDI', 'Abbreviations people type, e.g. C/O, FDI')),
  variants: forms3(
    ['Cách viết khác bằng tiếng Việt', 'Other Vietnamese forms'],
    ['Cách viết khác bằng tiếng Trung', 'Other Chinese forms'],
    ['Cách viết khác bằng tiếng Anh (ví dụ chính tả Anh/Mỹ)', 'Other English forms (e.g. British and American spellings)'],
  )
    .default({})
    .apply(doc('Cách viết khác người dùng hay gõ, theo ngôn ngữ (tên cũ, chính tả khác, từ mượn)', 'Other forms people write, per language (old names, spellings, loanwords)')),
  avoid: forms3(
    ['Cách viết tiếng Việt cần tránh', 'Vietnamese forms to avoid'],
    ['Cách viết tiếng Trung cần tránh', 'Chinese forms to avoid'],
    ['Cách viết tiếng Anh cần tránh', 'English forms to avoid'],
  )
    .default({})
    .apply(doc('Cách viết người dịch không được dùng (sai hoặc không chính thức), theo ngôn ngữ', 'Forms translators must not use (wrong or unofficial), per language')),
  definition: z
    .strictObject({
      vi: z.string().trim().min(1, expected('viRequired')).apply(doc('Giải thích bằng tiếng Việt', 'Definition in Vietnamese')),
      zh: z.string().trim().min(1, expected('zhRequired')).apply(doc('Giải thích bằng tiếng Trung', 'Definition in Chinese')),
      en: z.string().trim().min(1, expected('enRequired')).apply(doc('Giải thích bằng tiếng Anh', 'Definition in English')),
    })
    .apply(doc('Một hai câu giải thích, mỗi ngôn ngữ', 'One or two plain sentences per language')),
  see: z.array(entryRef).default([]).apply(doc('Các mục có liên quan đến thuật ngữ, viết “bộ-sưu-tập/mã”', 'Entries where the term matters, written "collection/id"')),
  sample,
}).apply(doc('Bảng thuật ngữ ba ngôn ngữ: nguồn thuật ngữ cho người dịch và từ đồng nghĩa cho tìm kiếm', 'The trilingual glossary: the terms translators use and the synonyms search understands'));
export type GlossaryData = z.infer<typeof glossarySchema>;
