import type { MessageId } from './messages.ts';

/**
 * A problem found in the content tree, worded for editors: which file, which line
 * (when known), which field, and what was expected, in Vietnamese and English.
 */
export interface Problem {
  /** The message said (messages.ts): every problem is worded there, by id. */
  id: MessageId;
  /** Path relative to the content root, e.g. "policies/vi/rcep.mdx". */
  file: string;
  /** 1-based line in the file when the parser could locate the field. */
  line?: number;
  /** Dotted field path, e.g. "signer.name" or "updates.0.date"; "(file)" for whole-file problems. */
  field: string;
  /** What is wrong and how to fix it, in English. */
  en: string;
  /** The same in Vietnamese. */
  vi: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `✗ ${where} — ${p.field}\n    vi: ${p.vi}\n    en: ${p.en}`;
}

export function formatProblems(problems: Problem[]): string {
  const head =
    problems.length === 1
      ? 'Có 1 lỗi trong nội dung / 1 problem in the content:'
      : `Có ${problems.length} lỗi trong nội dung / ${problems.length} problems in the content:`;
  return [head, ...problems.map(formatProblem)].join('\n');
}
