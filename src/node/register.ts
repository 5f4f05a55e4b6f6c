/**
 * Registering an official document: hash the file, give it a verification code that no
 * document ever had, write its YAML record and, when public, copy the file into place; and
 * later change its status (revoked, superseded, expired) or withdraw a reserved code.
 * `npm run register` (scripts/register.ts) is a thin command line around this module.
 *
 * Every change happens under the register lock (register-lock.ts) and is appended to the
 * hash-chained register log (register-log.ts): codes are never reused, and the content check
 * replays the log so a record edited, deleted or invented by hand stops the build.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Scalar, parse, parseDocument } from 'yaml';
import { documentSchema } from '../schemas/documents.ts';
import { describeIssue, say, type MessageId, type Saying } from '../lib/content-check/messages.ts';
import { generateCode, normalizeCode } from '../lib/crockford.ts';
import { FILES_DIR } from '../lib/verification.ts';
import { appendLog, chainEvents, loggedCodes, readLog, replayLog, type EventBody, type Reason } from './register-log.ts';
import { withRegisterLock } from './register-lock.ts';
import { todayInVietnam } from '../lib/editors/template.ts';
import type { LocalizedText } from '../lib/localized.ts';

/** A problem the editor must fix, said in Vietnamese and English (src/lib/content-check/messages.ts). */
export class RegisterError extends Error {
  override name = 'RegisterError';
  readonly id: MessageId;
  readonly vi: string;
  readonly en: string;
  constructor(said: Saying) {
    super(said.en);
    this.id = said.id;
    this.vi = said.vi;
    this.en = said.en;
  }
}

export interface RegisteredRecord {
  id: string;
  code?: string;
  sha256?: string;
  number?: string;
  issued?: string;
  unit?: string;
  signer?: { name: string; position: Record<string, string> };
  visibility?: string;
}

const RECORD_RE = /\.ya?ml$/;

/** Document records as written (not validated: the content check does that). */
export function readRecords(root: string): RegisteredRecord[] {
  const dir = join(root, 'documents');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => RECORD_RE.test(f) && !f.startsWith('_') && !f.startsWith('.'))
    .sort()
    .map((f) => {
      let data: Record<string, any> = {};
      try {
        data = (parse(readFileSync(join(dir, f), 'utf8')) as Record<string, any>) ?? {};
      } catch {
        // A broken record is the content check's business; it still blocks its id below.
      }
      const issued = data.issued instanceof Date ? data.issued.toISOString().slice(0, 10) : data.issued;
      return { id: f.replace(RECORD_RE, ''), code: data.code, sha256: data.sha256, number: data.number, issued, unit: data.unit, signer: data.signer, visibility: data.visibility };
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

/** A record id is a file name and part of a URL: a slug, never a path. */
export const RECORD_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "15/GM-SNgV" and "15/gm-sngv " are one number. */
function numberKey(number: string, issued: string): string {
  return `${number.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ')}|${String(issued).slice(0, 4)}`;
}

export interface RegisterInput {
  /** Path of the signed file (PDF); omitted with `noFileReason` when the site holds no copy. */
  file?: string;
  /** Why there is no file and no hash (a document known only from a transcription). */
  noFileReason?: string;
  number: string;
  type: string;
  title: LocalizedText;
  summary?: LocalizedText;
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
  | { kind: 'registered'; code: string; id: string; record: string; copied?: string; sha256?: string; defaults: string[] }
  | { kind: 'already'; code: string; id: string; record: string; sha256: string };

function checkPdf(file: string): void {
  if (!existsSync(file)) throw new RegisterError(say('cmd.fileNotFound', { file }));
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  readSync(fd, head, 0, 5, 0);
  closeSync(fd);
  if (head.toString('latin1') !== '%PDF-')
    throw new RegisterError(say('cmd.notPdf', { file }));
}

function checkId(id: string): void {
  if (!RECORD_ID_RE.test(id))
    throw new RegisterError(
      say('cmd.badId', { id }),
    );
}

/** Every code that may not be handed out: all codes in the log and in any record. */
function takenCodes(root: string): Set<string> {
  const codes = loggedCodes(readLog(root).events);
  for (const r of readRecords(root)) if (typeof r.code === 'string') codes.add(r.code);
  return codes;
}

/** Refuses to write on top of a broken log: the problem must be fixed first. */
function replayOrFail(root: string) {
  const parsed = readLog(root);
  const replay = replayLog(parsed);
  const first = replay.problems[0];
  if (first)
    throw new RegisterError(say('cmd.logBroken', { where: `${first.file}${first.line ? `:${first.line}` : ''} ${first.field}`, problem: first }));
  return { events: parsed.events, states: replay.states };
}

/** Hands out a code before the document exists, so its QR can be printed on it before signing. */
export async function reserveCode(root: string, at = new Date()): Promise<string> {
  return withRegisterLock(root, () => {
    const { events } = replayOrFail(root);
    const code = generateCode(takenCodes(root));
    appendLog(root, chainEvents(events, [{ code, event: 'reserved' }], at.toISOString()));
    return code;
  });
}

/** Gives up a reserved code whose document will never be signed; the code is never used again. */
export async function withdrawReservation(root: string, codeArg: string, at = new Date()): Promise<string> {
  const n = normalizeCode(codeArg);
  if (!n.ok) throw new RegisterError(say('cmd.notACode', { code: codeArg }));
  return withRegisterLock(root, () => {
    const { events, states } = replayOrFail(root);
    const s = states.get(n.code);
    if (!s?.reserved || s.issued || s.withdrawn)
      throw new RegisterError(
        say('cmd.notOpenReservation', { code: n.code }),
      );
    appendLog(root, chainEvents(events, [{ code: n.code, event: 'reservation-withdrawn' }], at.toISOString()));
    return n.code;
  });
}

export async function registerDocument(root: string, input: RegisterInput, at = new Date()): Promise<RegisterResult> {
  // Everything that needs no lock is checked first, so bad input never waits nor writes.
  if (input.file && input.noFileReason)
    throw new RegisterError(say('cmd.fileAndNoFile'));
  if (!input.file && !input.noFileReason)
    throw new RegisterError(say('cmd.fileMissing'));
  if (input.id !== undefined) checkId(input.id);
  if (input.file) checkPdf(input.file);
  const sha256 = input.file ? hashFile(input.file) : undefined;
  const date = input.today ?? todayInVietnam(at);
  const issued = input.issued ?? date;
  const restricted = Boolean(input.restricted);
  const publishes = !restricted && Boolean(sha256);

  return withRegisterLock(root, () => {
    // Read again under the lock: another registration may have finished while we waited.
    const { events, states } = replayOrFail(root);
    const records = readRecords(root);
    if (sha256) {
      const same = records.find((r) => r.sha256 === sha256);
      if (same) return { kind: 'already', code: same.code ?? '?', id: same.id, record: `documents/${same.id}.yaml`, sha256 } as const;
      const earlier = [...states.values()].find((s) => s.issued?.sha256 === sha256);
      if (earlier)
        throw new RegisterError(
          say('cmd.fileRegisteredBefore', { code: earlier.code, number: earlier.issued!.number }),
        );
    }
    const key = numberKey(input.number, issued);
    const sameNumber = input.number.includes('…')
      ? undefined
      : (records.find((r) => typeof r.number === 'string' && r.issued && numberKey(r.number, r.issued) === key) ??
        [...states.values()].find((s) => s.issued && numberKey(s.issued.number, s.issued.issued) === key));
    if (sameNumber) {
      const which = 'id' in sameNumber ? `documents/${sameNumber.id}.yaml` : `mã/code ${sameNumber.code}`;
      throw new RegisterError(
        say('cmd.numberTaken', { number: input.number, year: issued.slice(0, 4), which }),
      );
    }

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
        say('cmd.noDefaultsFrom'),
      );
    if (!existsSync(join(root, 'units', `${unit}.yaml`)))
      throw new RegisterError(say('cmd.unknownUnit', { unit }));

    const taken = new Set(records.map((r) => r.id));
    let id = input.id ?? idFromNumber(input.number, issued);
    if (input.id && taken.has(id)) throw new RegisterError(say('cmd.recordExists', { id }));
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
      ...(sha256 ? { sha256 } : { noFileReason: { vi: input.noFileReason } }),
      ...(publishes ? { file: fileName } : {}),
      visibility: restricted ? 'restricted' : 'public',
      status: 'valid',
      related: [],
      sample: Boolean(input.sample),
    };
    const parsed = documentSchema.safeParse({ ...record, code: '00000000' });
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => ({ field: i.path.join('.'), ...describeIssue(i) }));
      throw new RegisterError(say('cmd.invalidRecord', { lines }));
    }
    if (publishes && existsSync(join(root, FILES_DIR, fileName)))
      throw new RegisterError(say('cmd.fileExists', { dir: FILES_DIR, fileName }));

    let code: string;
    const bodies: EventBody[] = [];
    if (input.code) {
      const n = normalizeCode(input.code);
      const s = n.ok ? states.get(n.code) : undefined;
      if (!n.ok || !s?.reserved || s.issued || s.withdrawn || records.some((r) => r.code === n.code))
        throw new RegisterError(
          say('cmd.notFreeReservedCode', { code: input.code }),
        );
      code = n.code;
    } else {
      code = generateCode(takenCodes(root));
    }
    record.code = code;
    bodies.push({ code, event: 'issued', sha256: sha256 ?? null, number: input.number, issued });

    // No YAML anchors (editors would not recognise "*a1"); dates quoted like hand-written records.
    const doc = new Document(record, { aliasDuplicateObjects: false });
    const issuedNode = doc.get('issued', true) as Scalar;
    issuedNode.type = Scalar.QUOTE_SINGLE;
    doc.commentBefore = ` Registered with "npm run register" on ${date}. Add the Chinese and English title and summary (title.zh, title.en, summary.*). Status changes only through npm run register (--revoke, --supersede, --expire).`;
    const recordPath = join(root, 'documents', `${id}.yaml`);
    // 'wx' and COPYFILE_EXCL: never overwrite a record or a published file, whatever happens.
    try {
      writeFileSync(recordPath, doc.toString({ lineWidth: 0 }), { flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new RegisterError(say('cmd.recordExists', { id }));
      throw e;
    }
    let copied: string | undefined;
    try {
      if (publishes) {
        mkdirSync(join(root, FILES_DIR), { recursive: true });
        copyFileSync(input.file!, join(root, FILES_DIR, fileName), constants.COPYFILE_EXCL);
        copied = `${FILES_DIR}/${fileName}`;
      }
      appendLog(root, chainEvents(events, bodies, at.toISOString()));
    } catch (e) {
      // Leave no half-registered document behind: the record without its event would stop the check.
      rmSync(recordPath, { force: true });
      if (copied) rmSync(join(root, copied), { force: true });
      throw e;
    }
    return { kind: 'registered', code, id, record: `documents/${id}.yaml`, copied, sha256, defaults } as const;
  });
}

export type StatusChange =
  | { event: 'revoked'; code: string; reason: Reason; date?: string }
  | { event: 'expired'; code: string; reason?: Reason; date?: string }
  | { event: 'superseded'; code: string; by: string; reason?: Reason; date?: string };

/** Default wording when an editor gives no reason for an expiry. */
const EXPIRED_REASON: Reason = {
  vi: 'Văn bản hết thời hạn hiệu lực.',
  zh: '该文件有效期已满。',
  en: 'The document reached the end of its period of validity.',
};

function supersededReason(number: string, code: string): Reason {
  return {
    vi: `Được thay thế bằng văn bản số ${number} (mã ${code}).`,
    zh: `已被第${number}号文件（验证码${code}）取代。`,
    en: `Replaced by document No. ${number} (code ${code}).`,
  };
}

/** Changes the status of an issued document: appends the event and writes the record. */
export async function changeStatus(root: string, change: StatusChange, at = new Date()): Promise<{ code: string; record: string; date: string }> {
  const n = normalizeCode(change.code);
  if (!n.ok) throw new RegisterError(say('cmd.notACode', { code: change.code }));
  const code = n.code;
  const date = change.date ?? todayInVietnam(at);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date)
    throw new RegisterError(say('cmd.badDate', { date }));
  if (change.event === 'revoked' && !change.reason?.vi?.trim())
    throw new RegisterError(say('cmd.reasonMissing'));
  return withRegisterLock(root, () => {
    const { events, states } = replayOrFail(root);
    const s = states.get(code);
    if (!s?.issued)
      throw new RegisterError(say('cmd.neverIssued', { code }));
    if (s.status !== 'valid')
      throw new RegisterError(
        say('cmd.statusAlreadyChanged', { code, status: s.status, statusDate: s.statusDate }),
      );
    if (date < s.issued.issued)
      throw new RegisterError(say('cmd.dateBeforeIssue', { date, issued: s.issued.issued }));
    const record = readRecords(root).find((r) => r.code === code);
    if (!record)
      throw new RegisterError(
        say('cmd.noRecordForCode', { code }),
      );
    let body: EventBody;
    if (change.event === 'superseded') {
      const by = normalizeCode(change.by);
      const target = by.ok ? states.get(by.code) : undefined;
      if (!by.ok || by.code === code || !target?.issued)
        throw new RegisterError(
          say('cmd.badReplacement', { by: change.by }),
        );
      body = { code, event: 'superseded', date, reason: change.reason ?? supersededReason(target.issued.number, by.code), supersededBy: by.code };
    } else if (change.event === 'expired') {
      body = { code, event: 'expired', date, reason: change.reason ?? EXPIRED_REASON };
    } else {
      body = { code, event: 'revoked', date, reason: change.reason };
    }

    const path = join(root, 'documents', `${record.id}.yaml`);
    const before = readFileSync(path, 'utf8');
    const doc = parseDocument(before);
    doc.set('status', body.event);
    const dateNode = doc.createNode(date) as Scalar;
    dateNode.type = Scalar.QUOTE_SINGLE;
    doc.set('statusDate', dateNode);
    doc.set('statusReason', doc.createNode(Object.fromEntries(Object.entries(body.reason).filter(([, v]) => v))));
    if (body.event === 'superseded') doc.set('supersededBy', body.supersededBy);
    else doc.delete('supersededBy');
    writeFileSync(path, doc.toString({ lineWidth: 0 }));
    try {
      appendLog(root, chainEvents(events, [body], at.toISOString()));
    } catch (e) {
      writeFileSync(path, before);
      throw e;
    }
    return { code, record: `documents/${record.id}.yaml`, date };
  });
}
