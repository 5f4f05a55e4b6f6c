/**
 * The register log: every reservation, issue and status change of a verification code,
 * in order, each event chained to the previous one by its hash. Kept in
 * content/documents/register-log.jsonl (one event per line, append-only) and published
 * as /api/v1/register-log.json (the same events as one JSON array).
 *
 * Why JSON Lines in the repository: appending an event adds one line and touches no other,
 * so a review (or `git diff`) shows exactly the new events, and an edit of an old line is
 * plain to see; the chain then makes that edit detectable by anyone holding a copy.
 *
 * hash = lower-case hex SHA-256 of the event without its `hash` field, serialised as
 * canonical JSON (RFC 8785, JCS, by the `canonicalize` package); `prev` is the previous
 * event's hash (null for the first). Anyone can mirror the log and detect a rewritten history.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { remembered } from './content-check/shared-reads.ts';
import { dirname, join } from 'node:path';
import canonicalize from 'canonicalize';
import type { Problem } from '../lib/content-check/problems.ts';
import { say, type Saying } from '../lib/content-check/messages.ts';
import { CODE_RE } from '../lib/crockford.ts';
import type { LocalizedText } from '../lib/localized.ts';
import { LOCALES } from '../lib/locales.ts';

export const LOG_FILE = 'documents/register-log.jsonl';

export const EVENT_TYPES = ['reserved', 'issued', 'revoked', 'superseded', 'expired', 'reservation-withdrawn', 'corrected'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const STATUS_EVENTS = { revoked: 'revoked', superseded: 'superseded', expired: 'expired' } as const;

/** Why a status changed, in the three languages (Vietnamese required). */
export type Reason = LocalizedText;

/** The fields an event sets, before it is numbered and chained. */
export type EventBody =
  | { code: string; event: 'reserved' }
  | { code: string; event: 'reservation-withdrawn' }
  | { code: string; event: 'issued'; sha256: string | null; number: string; issued: string }
  | { code: string; event: 'revoked'; date: string; reason: Reason }
  | { code: string; event: 'expired'; date: string; reason: Reason }
  | { code: string; event: 'superseded'; date: string; reason: Reason; supersededBy: string }
  /**
   * The registered date of issue was transcribed wrongly (e.g. a day the document leaves blank
   * was filled in): the document is unchanged, so it keeps its code; the correction is logged
   * with its reason instead of rewriting the `issued` event.
   */
  | { code: string; event: 'corrected'; issued: string; reason: Reason };

export type RegisterEvent = EventBody & { seq: number; at: string; prev: string | null; hash: string };

/** SHA-256 (hex) of the RFC 8785 canonical JSON of an event without its `hash`. */
export function eventHash(event: Omit<RegisterEvent, 'hash'> | Record<string, unknown>): string {
  const { hash: _drop, ...rest } = event as Record<string, unknown>;
  const json = canonicalize(rest);
  if (json === undefined) throw new Error('an event cannot be serialised');
  return createHash('sha256').update(json, 'utf8').digest('hex');
}

/** Numbers, dates and chains `bodies` after `log`; returns the new events (not written). */
export function chainEvents(log: readonly RegisterEvent[], bodies: readonly EventBody[], at: string): RegisterEvent[] {
  const out: RegisterEvent[] = [];
  let prev = log.at(-1) ?? null;
  for (const body of bodies) {
    // Key order as documented (seq, at, code, event, fields, prev); the hash ignores order anyway.
    const { code, event, ...fields } = body as EventBody & Record<string, unknown>;
    const draft = { seq: prev ? prev.seq + 1 : 0, at, code, event, ...fields, prev: prev ? prev.hash : null } as Omit<RegisterEvent, 'hash'>;
    const full = { ...draft, hash: eventHash(draft) } as RegisterEvent;
    out.push(full);
    prev = full;
  }
  return out;
}

export interface ParsedLog {
  events: RegisterEvent[];
  /** 1-based line of each event in the file. */
  lines: number[];
  problems: Problem[];
}

/** Reads the log file; a line that is not a JSON object is a problem, not an exception. */
export function readLog(root: string): ParsedLog {
  const path = join(root, LOG_FILE);
  if (!existsSync(path)) return { events: [], lines: [], problems: [] };
  // Read by the content check and by open data in the same build: once (shared-reads.ts).
  return remembered('log', path, () => parseLog(readFileSync(path, 'utf8')));
}

export function parseLog(text: string): ParsedLog {
  const events: RegisterEvent[] = [];
  const lines: number[] = [];
  const problems: Problem[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      const v = JSON.parse(raw);
      if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
      events.push(v as RegisterEvent);
      lines.push(i + 1);
    } catch {
      problems.push({
        file: LOG_FILE,
        line: i + 1,
        field: '(line)',
        ...say('log.notJson'),
      });
    }
  });
  return { events, lines, problems };
}

/** Appends events (already chained) as lines. Call under the register lock. */
export function appendLog(root: string, events: readonly RegisterEvent[]): void {
  if (events.length === 0) return;
  const path = join(root, LOG_FILE);
  mkdirSync(dirname(path), { recursive: true });
  appendFileSync(path, events.map((e) => `${JSON.stringify(e)}\n`).join(''));
}

/** What the log says about one code after replaying every event. */
export interface CodeState {
  code: string;
  reserved: boolean;
  withdrawn: boolean;
  issued?: { sha256: string | null; number: string; issued: string; seq: number };
  status: 'valid' | 'revoked' | 'superseded' | 'expired';
  statusDate?: string;
  statusReason?: Reason;
  supersededBy?: string;
  /** Sequence number of the event that set the status. */
  statusSeq?: number;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** A date of issue may be only as precise as the document (see partialDate in src/schemas/common.ts). */
const ISSUED_RE = /^\d{4}-\d{2}(?:-\d{2}\??)?$/;

function isIssuedDate(v: unknown): v is string {
  if (typeof v !== 'string' || !ISSUED_RE.test(v)) return false;
  return isDate(v.length === 7 ? `${v}-01` : v.slice(0, 10));
}
const HEX_RE = /^[0-9a-f]{64}$/;

function isDate(v: unknown): v is string {
  if (typeof v !== 'string' || !DATE_RE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

function isReason(v: unknown): v is Reason {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return typeof r.vi === 'string' && r.vi.trim() !== '' && Object.entries(r).every(([k, x]) => (LOCALES as readonly string[]).includes(k) && typeof x === 'string');
}

/** Allowed keys per event, beside seq, at, code, event, prev, hash. */
const FIELDS: Record<EventType, string[]> = {
  reserved: [],
  'reservation-withdrawn': [],
  issued: ['sha256', 'number', 'issued'],
  revoked: ['date', 'reason'],
  expired: ['date', 'reason'],
  superseded: ['date', 'reason', 'supersededBy'],
  corrected: ['issued', 'reason'],
};

export interface Replay {
  states: Map<string, CodeState>;
  problems: Problem[];
}

/**
 * Checks the chain (seq, prev, hash) and the meaning of every event (a code is reserved or
 * issued once, a status changes only on an issued, valid document…), then returns the state
 * of every code. The first broken link stops the replay: nothing after it can be trusted.
 */
export function replayLog(parsed: ParsedLog): Replay {
  const problems = [...parsed.problems];
  const states = new Map<string, CodeState>();
  let prevHash: string | null = null;
  const fix = say('log.fix');
  for (let i = 0; i < parsed.events.length; i++) {
    const e = parsed.events[i]!;
    const line = parsed.lines[i];
    const code = typeof e.code === 'string' ? e.code : '?';
    const stop = (field: string, said: Saying): Replay => {
      problems.push({ file: LOG_FILE, line, field: `seq ${e.seq ?? i} (${code}) ${field}`, id: said.id, en: `${said.en}; ${fix.en}`, vi: `${said.vi}; ${fix.vi}` });
      return { states, problems };
    };
    if (e.seq !== i) return stop('seq', say('log.seq', { expected: i, found: JSON.stringify(e.seq) }));
    if (e.prev !== prevHash) return stop('prev', say('log.prev', { previous: i - 1 }));
    if (typeof e.hash !== 'string' || eventHash(e) !== e.hash)
      return stop('hash', say('log.hash'));
    prevHash = e.hash;
    if (typeof e.at !== 'string' || Number.isNaN(Date.parse(e.at)) || !/^\d{4}-\d{2}-\d{2}T/.test(e.at))
      return stop('at', say('log.at'));
    if (!CODE_RE.test(code)) return stop('code', say('log.code'));
    if (!(EVENT_TYPES as readonly string[]).includes(e.event)) return stop('event', say('log.unknownEvent', { event: e.event }));
    const extra = Object.keys(e).filter((k) => !['seq', 'at', 'code', 'event', 'prev', 'hash', ...FIELDS[e.event]].includes(k));
    if (extra.length > 0) return stop(extra[0]!, say('log.extraField', { event: e.event, field: extra[0]! }));
    const s = states.get(code);
    switch (e.event) {
      case 'reserved':
        if (s) return stop('event', say('log.reservedTwice', { code }));
        states.set(code, { code, reserved: true, withdrawn: false, status: 'valid' });
        break;
      case 'reservation-withdrawn':
        if (!s?.reserved || s.issued || s.withdrawn)
          return stop('event', say('log.notOpenReservation', { code }));
        s.withdrawn = true;
        break;
      case 'issued': {
        if (s && (!s.reserved || s.issued || s.withdrawn))
          return stop('event', say('log.issuedTwice', { code }));
        if (!(e.sha256 === null || (typeof e.sha256 === 'string' && HEX_RE.test(e.sha256))))
          return stop('sha256', say('log.sha256'));
        if (typeof e.number !== 'string' || e.number.trim() === '') return stop('number', say('log.numberMissing'));
        if (!isIssuedDate(e.issued)) return stop('issued', say('log.issuedDate'));
        const next: CodeState = s ?? { code, reserved: false, withdrawn: false, status: 'valid' };
        next.issued = { sha256: e.sha256, number: e.number, issued: e.issued, seq: e.seq };
        states.set(code, next);
        break;
      }
      case 'corrected': {
        if (!s?.issued) return stop('event', say('log.correctNotIssued', { code }));
        if (!isIssuedDate(e.issued)) return stop('issued', say('log.correctedDate'));
        if (e.issued === s.issued.issued) return stop('issued', say('log.correctionSameDate'));
        if (!isReason(e.reason)) return stop('reason', say('log.reason'));
        s.issued = { ...s.issued, issued: e.issued };
        break;
      }
      default: {
        if (!s?.issued) return stop('event', say('log.statusNotIssued', { code }));
        if (s.status !== 'valid') return stop('event', say('log.statusAlready', { code, status: s.status }));
        if (!isDate(e.date)) return stop('date', say('log.date'));
        if (!isReason(e.reason)) return stop('reason', say('log.reason'));
        if (e.event === 'superseded') {
          const by = states.get(e.supersededBy);
          if (typeof e.supersededBy !== 'string' || e.supersededBy === code || !by?.issued)
            return stop('supersededBy', say('log.supersededBy'));
          s.supersededBy = e.supersededBy;
        }
        s.status = e.event;
        s.statusDate = e.date;
        s.statusReason = e.reason;
        s.statusSeq = e.seq;
      }
    }
  }
  return { states, problems };
}

/** The codes the log has handed out (reserved, issued or withdrawn): never given again. */
export function loggedCodes(events: readonly RegisterEvent[]): Set<string> {
  return new Set(events.map((e) => e.code));
}
