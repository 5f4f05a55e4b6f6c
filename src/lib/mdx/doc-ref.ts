/**
 * Finds the registered document an MDX `<DocRef>` points at. Editors cite documents the
 * way they are printed, by number and symbol ("627/KH-SNgV"); numbers restart every year,
 * so the same number may belong to two documents and then the year (or the code) decides.
 * An unknown or ambiguous reference is an error: the build must not print a citation to
 * a document nobody can verify.
 */
import { say, type Saying } from '../content-check/messages.ts';
export interface DocLike {
  /** File name in content/documents/. */
  id: string;
  code: string;
  number: string;
  /** Date of issue, YYYY-MM-DD. */
  issued: string;
}

export interface DocQuery {
  number?: string | undefined;
  code?: string | undefined;
  year?: string | number | undefined;
}

export type DocLookup<T> = { ok: true; doc: T } | ({ ok: false } & Saying);

/** Numbers compare without case and spaces, the way people retype them. */
export function normalizeNumber(n: string): string {
  return n.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}

export function findDocument<T extends DocLike>(docs: readonly T[], q: DocQuery): DocLookup<T> {
  if (q.code) {
    const doc = docs.find((d) => d.code === q.code!.trim().toUpperCase());
    return doc
      ? { ok: true, doc }
      : { ok: false, ...say('docref.unknownCode', { code: q.code }) };
  }
  if (!q.number?.trim()) {
    return {
      ok: false,
      ...say('docref.needsNumberOrCode'),
    };
  }
  const want = normalizeNumber(q.number);
  let hits = docs.filter((d) => normalizeNumber(d.number) === want);
  if (q.year !== undefined) hits = hits.filter((d) => d.issued.startsWith(String(q.year)));
  if (hits.length === 1) return { ok: true, doc: hits[0]! };
  if (hits.length === 0) {
    const yearText = q.year === undefined ? '' : ` (${q.year})`;
    return {
      ok: false,
      ...say('docref.unknownNumber', { number: q.number, yearText }),
    };
  }
  const list = hits.map((d) => `${d.id} (${d.issued})`).join(', ');
  return {
    ok: false,
    ...say('docref.ambiguousNumber', { number: q.number, list }),
  };
}
