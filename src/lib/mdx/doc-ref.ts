/**
 * Finds the registered document an MDX `<DocRef>` points at. Editors cite documents the
 * way they are printed, by number and symbol ("627/KH-SNgV"); numbers restart every year,
 * so the same number may belong to two documents and then the year (or the code) decides.
 * An unknown or ambiguous reference is an error: the build must not print a citation to
 * a document nobody can verify.
 */
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

export type DocLookup<T> = { ok: true; doc: T } | { ok: false; en: string; vi: string };

/** Numbers compare without case and spaces, the way people retype them. */
export function normalizeNumber(n: string): string {
  return n.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}

export function findDocument<T extends DocLike>(docs: readonly T[], q: DocQuery): DocLookup<T> {
  if (q.code) {
    const doc = docs.find((d) => d.code === q.code!.trim().toUpperCase());
    return doc
      ? { ok: true, doc }
      : { ok: false, en: `no registered document has the code "${q.code}"`, vi: `không có văn bản nào trong sổ đăng ký mang mã "${q.code}"` };
  }
  if (!q.number?.trim()) {
    return {
      ok: false,
      en: '<DocRef> needs number="…" (as printed on the document, e.g. "627/KH-SNgV") or code="…"',
      vi: '<DocRef> cần có number="…" (số, ký hiệu như in trên văn bản, ví dụ "627/KH-SNgV") hoặc code="…"',
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
      en: `no registered document has the number "${q.number}"${yearText}; register it first (content/documents/) or correct the number`,
      vi: `không có văn bản nào trong sổ đăng ký mang số "${q.number}"${yearText}; hãy đăng ký văn bản trước (content/documents/) hoặc sửa lại số`,
    };
  }
  const list = hits.map((d) => `${d.id} (${d.issued})`).join(', ');
  return {
    ok: false,
    en: `the number "${q.number}" belongs to several documents: ${list}; add year="…" or use code="…"`,
    vi: `số "${q.number}" thuộc nhiều văn bản: ${list}; hãy thêm year="…" hoặc dùng code="…"`,
  };
}
