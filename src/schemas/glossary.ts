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

/** One written form of a term: plain text, no line breaks. */
const form = z
  .string()
  .trim()
  .min(1, 'a word or phrase')
  .regex(/^[^\n\r]+$/, 'one line of text');

/** The same text in Vietnamese, Chinese and English, all three required. */
const text3 = z.strictObject({
  /** Vietnamese (authoritative). */
  vi: form,
  /** Simplified Chinese. */
  zh: form,
  /** English. */
  en: form,
});

/** A list of forms per language; a language may be left out. */
const forms3 = z.strictObject({
  /** Vietnamese forms. */
  vi: z.array(form).optional(),
  /** Simplified Chinese forms. */
  zh: z.array(form).optional(),
  /** English forms. */
  en: z.array(form).optional(),
});

export const glossarySchema = z.strictObject({
  /** The preferred term in each language; translators use exactly this wording. */
  term: text3,
  /** Language-neutral abbreviations people type, e.g. "C/O", "FDI". */
  abbreviations: z.array(form).default([]),
  /** Other forms people write, per language: old names, spellings, loanwords used in that language. */
  variants: forms3.default({}),
  /** Forms translators must not use (wrong or unofficial), per language. */
  avoid: forms3.default({}),
  /** One or two plain sentences per language saying what the term means. */
  definition: z.strictObject({
    /** Vietnamese definition (authoritative). */
    vi: z.string().trim().min(1, 'Vietnamese text is required'),
    /** Simplified Chinese definition. */
    zh: z.string().trim().min(1, 'Chinese text is required'),
    /** English definition. */
    en: z.string().trim().min(1, 'English text is required'),
  }),
  /** Entries where the term matters, written "collection/id" (e.g. "trade-agreements/acfta"). */
  see: z.array(entryRef).default([]),
  sample,
});
export type GlossaryData = z.infer<typeof glossarySchema>;
