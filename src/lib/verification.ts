/**
 * What a verification page says about a registered document, and where its published
 * file lives. Pure, so the pages, the register command and open data agree.
 */
import { statusIcon, statusTone, type Tone } from './status.ts';
import { routes } from './routes.ts';

/** A verdict is the document's status in the register (the schema's DOCUMENT_STATUSES is this list). */
export const VERDICTS = ['valid', 'revoked', 'superseded', 'expired'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface VerdictView {
  verdict: Verdict;
  tone: Tone;
  /** Shown next to the words, never instead of them. */
  icon: string;
}

export function verdictOf(status: string): VerdictView {
  if (!(VERDICTS as readonly string[]).includes(status)) throw new Error(`unknown document status "${status}"`);
  return { verdict: status as Verdict, tone: statusTone(status), icon: statusIcon(status) };
}

/** Folder of published originals, relative to the content root. */
export const FILES_DIR = 'documents/files';

/** Site path of a published original: content/documents/files/x.pdf → /documents/files/x.pdf. */
export function publishedFilePath(file: string): string {
  return routes.publishedFile(file);
}

/** Lower-case hex of a digest, as the register stores it. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (const b of view) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Compares a computed hash with the registered one, ignoring case and spacing people may paste. */
export function sameHash(a: string, b: string): boolean {
  const clean = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  return clean(a).length === 64 && clean(a) === clean(b);
}
