/**
 * Registering an official document: hash the file, give it a verification code that no
 * document ever had, write its YAML record and, when public, copy the file into place.
 * `npm run register` (scripts/register.ts) is a thin command line around this module.
 *
 * Codes are never reused: every code handed out is appended to a ledger,
 * `documents/issued-codes.txt`, which outlives deleted records. The content check reads
 * the ledger too, so a record cannot take a code that was issued to another document.
 */
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Scalar, parse } from 'yaml';
import { documentSchema } from '../schemas/documents.ts';
import { describeIssue } from './content-check/messages.ts';
import { generateCode, normalizeCode } from './crockford.ts';
import { FILES_DIR } from './verification.ts';
import { appendLedger, readLedger } from './code-ledger.ts';

/** A problem the editor must fix, said in Vietnamese and English. */
export class RegisterError extends Error {
  override name = 'RegisterError';
  readonly vi: string;
  readonly en: string;
  constructor(vi: string, en: string) {
    super(en);
    this.vi = vi;
    this.en = en;
  }
}

export interface RegisteredRecord {
  id: string;
  code?: string;
  sha256?: string;
  issued?: string;
  unit?: string;
  signer?: { name: string; position: Record<string, string> };
}

/** Document records as written (not validated: the content check does that). */
export function readRecords(root: string): RegisteredRecord[] {
  const dir = join(root, 'documents');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_') && !f.startsWith('.'))
    .sort()
    .map((f) => {
      let data: Record<string, any> = {};
      try {
        data = (parse(readFileSync(join(dir, f), 'utf8')) as Record<string, any>) ?? {};
      } catch {
        // A broken record is the content check's business; it still blocks its id below.
      }
      return { id: f.replace(/\.ya?ml$/, ''), code: data.code, sha256: data.sha256, issued: data.issued, unit: data.unit, signer: data.signer };
    });
}

/** SHA-256 of a file, read in 1-MB pieces so a large scan does not need to fit in memory. */
export function hashFile(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** "15/GM-SNgV" issued 2026-03-02 → "15-gm-sngv-2026": readable, stable, ASCII. */
export function idFromNumber(number: string, issued: string): string {
  const words = number
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return [words || 'van-ban', issued.slice(0, 4)].join('-');
}

export interface RegisterInput {
  /** Path of the signed file (PDF). */
  file: string;
  number: string;
  type: string;
  title: { vi: string; zh?: string; en?: string };
  summary?: { vi: string; zh?: string; en?: string };
  /** YYYY-MM-DD; default today. */
  issued?: string;
  unit?: string;
  signer?: string;
  position?: string;
  restricted?: boolean;
  sample?: boolean;
  /** Record id (file name); default derived from the number and year. */
  id?: string;
  /** A code reserved earlier with `reserveCode` (when the QR had to be placed before signing). */
  code?: string;
  /** Today's date, injectable for tests. */
  today?: string;
}

export type RegisterResult =
  | { kind: 'registered'; code: string; id: string; record: string; copied?: string; sha256: string; defaults: string[] }
  | { kind: 'already'; code: string; id: string; record: string; sha256: string };

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function takenCodes(root: string): Set<string> {
  const codes = new Set<string>(readLedger(root).map((l) => l.code));
  for (const r of readRecords(root)) if (typeof r.code === 'string') codes.add(r.code);
  return codes;
}

/** Adds to the ledger the codes of records written by hand, so they too are never handed out again. */
function backfillLedger(root: string, date: string): void {
  const known = new Set(readLedger(root).map((l) => l.code));
  appendLedger(
    root,
    readRecords(root)
      .filter((r) => typeof r.code === 'string' && !known.has(r.code))
      .map((r) => ({ code: r.code!, date, id: r.id, sha256: r.sha256 })),
  );
}

/** Hands out a code before the document exists, so its QR can be printed on it before signing. */
export function reserveCode(root: string, date = today()): string {
  backfillLedger(root, date);
  const code = generateCode(takenCodes(root));
  appendLedger(root, [{ code, date, id: 'reserved' }]);
  return code;
}

export function registerDocument(root: string, input: RegisterInput): RegisterResult {
  if (!existsSync(input.file)) throw new RegisterError(`không tìm thấy tệp ${input.file}`, `file not found: ${input.file}`);
  const head = Buffer.alloc(5);
  const fd = openSync(input.file, 'r');
  readSync(fd, head, 0, 5, 0);
  closeSync(fd);
  if (head.toString('latin1') !== '%PDF-')
    throw new RegisterError(`${input.file} không phải tệp PDF (tệp PDF bắt đầu bằng "%PDF-")`, `${input.file} is not a PDF file (a PDF starts with "%PDF-")`);

  const sha256 = hashFile(input.file);
  const records = readRecords(root);
  const same = records.find((r) => r.sha256 === sha256);
  if (same) return { kind: 'already', code: same.code ?? '?', id: same.id, record: `documents/${same.id}.yaml`, sha256 };
  const ledger = readLedger(root);
  const earlier = ledger.find((l) => l.sha256 === sha256);
  if (earlier)
    throw new RegisterError(
      `tệp này đã được đăng ký với mã ${earlier.code} (bản ghi ${earlier.id}) nhưng bản ghi không còn trong documents/; hãy khôi phục bản ghi thay vì đăng ký lại`,
      `this file was registered before with code ${earlier.code} (record ${earlier.id}) but that record is no longer in documents/; restore the record instead of registering again`,
    );

  const date = input.today ?? today();
  const issued = input.issued ?? date;
  const defaults: string[] = [];
  // Unit and signer default to those of the latest registered document: most letters are
  // signed by the same director, and the editor sees what was assumed.
  const latest = [...records].filter((r) => r.issued && r.signer).sort((a, b) => String(b.issued).localeCompare(String(a.issued)))[0];
  let unit = input.unit;
  if (!unit && latest?.unit) {
    unit = latest.unit;
    defaults.push(`unit: ${unit}`);
  }
  let signer: { name: string; position: Record<string, string> } | undefined;
  if (input.signer) signer = { name: input.signer, position: { vi: input.position ?? '' } };
  else if (latest?.signer) {
    signer = input.position ? { name: latest.signer.name, position: { vi: input.position } } : latest.signer;
    defaults.push(`signer: ${signer.name}, ${signer.position.vi}`);
  }
  if (!unit || !signer)
    throw new RegisterError(
      'chưa có văn bản nào để lấy đơn vị và người ký mặc định: hãy thêm --unit <mã đơn vị> --signer "Họ tên" --position "Chức vụ"',
      'no registered document to take the unit and signer from: add --unit <unit id> --signer "Full name" --position "Position"',
    );
  if (!existsSync(join(root, 'units', `${unit}.yaml`)))
    throw new RegisterError(`không có đơn vị "${unit}" trong units/`, `there is no unit "${unit}" in units/`);

  const taken = new Set(records.map((r) => r.id));
  let id = input.id ?? idFromNumber(input.number, issued);
  if (input.id && taken.has(id)) throw new RegisterError(`đã có bản ghi documents/${id}.yaml`, `documents/${id}.yaml already exists`);
  for (let n = 2; taken.has(id); n++) id = `${idFromNumber(input.number, issued)}-${n}`;
  const fileName = `${id}.pdf`;

  // Checked against the schema before a code is spent, so bad input leaves no trace.
  const record: Record<string, unknown> = {
    code: '',
    number: input.number,
    type: input.type,
    title: Object.fromEntries(Object.entries(input.title).filter(([, v]) => v)),
    summary: { ...(input.summary ?? input.title) },
    issued,
    unit,
    signer,
    sha256,
    ...(input.restricted ? {} : { file: fileName }),
    visibility: input.restricted ? 'restricted' : 'public',
    status: 'valid',
    related: [],
    sample: Boolean(input.sample),
  };
  const parsed = documentSchema.safeParse({ ...record, code: '00000000' });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => ({ field: i.path.join('.'), ...describeIssue(i) }));
    throw new RegisterError(lines.map((l) => `${l.field}: ${l.vi}`).join('; '), lines.map((l) => `${l.field}: ${l.en}`).join('; '));
  }

  if (!input.restricted && existsSync(join(root, FILES_DIR, fileName)))
    throw new RegisterError(`tệp ${FILES_DIR}/${fileName} đã tồn tại`, `${FILES_DIR}/${fileName} already exists`);

  let code: string;
  if (input.code) {
    const n = normalizeCode(input.code);
    const lines = n.ok ? ledger.filter((l) => l.code === n.code) : [];
    const free = lines.some((l) => l.id === 'reserved') && lines.every((l) => l.id === 'reserved');
    if (!n.ok || !free || records.some((r) => r.code === n.code))
      throw new RegisterError(
        `mã ${input.code} không phải mã đã giữ chỗ còn trống (lệnh npm run register -- --reserve cấp mã giữ chỗ)`,
        `${input.code} is not a free reserved code (npm run register -- --reserve hands one out)`,
      );
    code = n.code;
  } else {
    backfillLedger(root, date);
    code = generateCode(takenCodes(root));
  }
  record.code = code;

  // No YAML anchors (editors would not recognise "*a1"); dates quoted like hand-written records.
  const doc = new Document(record, { aliasDuplicateObjects: false });
  const issuedNode = doc.get('issued', true) as Scalar;
  issuedNode.type = Scalar.QUOTE_SINGLE;
  doc.commentBefore = ` Registered with "npm run register" on ${date}. Add the Chinese and English title and summary (title.zh, title.en, summary.*); change status when the document is revoked, superseded or expires.`;
  const recordPath = join(root, 'documents', `${id}.yaml`);
  let copied: string | undefined;
  if (!input.restricted) {
    const dest = join(root, FILES_DIR, fileName);
    mkdirSync(join(root, FILES_DIR), { recursive: true });
    copyFileSync(input.file, dest);
    copied = `${FILES_DIR}/${fileName}`;
  }
  writeFileSync(recordPath, doc.toString({ lineWidth: 0 }));
  // For a reserved code the "reserved" line stays; this line ties the code to its record and hash.
  appendLedger(root, [{ code, date, id, sha256 }]);
  return { kind: 'registered', code, id, record: `documents/${id}.yaml`, copied, sha256, defaults };
}
