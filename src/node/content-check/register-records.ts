/**
 * The register log against the records in content/documents/: the log is replayed and every
 * record must say what the log says (its code issued, same hash, number, date and status),
 * and every issued code must still have its record. Each problem names the code and the
 * command to run instead of the hand edit.
 */
import type { Problem } from '../../lib/content-check/problems.ts';
import type { CheckedEntry } from './check.ts';
import { LOG_FILE, readLog, replayLog, type CodeState } from '../register-log.ts';
import { say } from '../../lib/content-check/messages.ts';

interface DocValue {
  code: string;
  number: string;
  issued: string;
  sha256?: string;
  status: string;
  statusDate?: string;
  statusReason?: { vi: string };
  supersededBy?: string;
}

/** The command that makes a record's status official, as an editor would type it. */
function statusCommand(code: string, v: DocValue): string {
  const date = v.statusDate ?? 'YYYY-MM-DD';
  if (v.status === 'revoked') return `npm run register -- --revoke ${code} --reason "…" --date ${date}`;
  if (v.status === 'superseded') return `npm run register -- --supersede ${code} --by ${v.supersededBy ?? '<MÃ-MỚI/NEW-CODE>'} --date ${date}`;
  if (v.status === 'expired') return `npm run register -- --expire ${code} --date ${date}`;
  return '';
}

export function checkRegisterRecords(root: string, entries: readonly CheckedEntry[], problems: Problem[]): void {
  const parsed = readLog(root);
  const replay = replayLog(parsed);
  problems.push(...replay.problems);
  // A broken chain makes every comparison below meaningless: report the break only.
  if (replay.problems.length > 0) return;
  const states = replay.states;
  const seqLine = new Map(parsed.events.map((e, i) => [e.seq, parsed.lines[i]]));

  const docs = entries.filter((e) => e.collection === 'documents');
  const present = new Set<string>();
  for (const doc of docs) {
    const raw = (doc.value ?? doc.data) as Partial<DocValue> | undefined;
    if (typeof raw?.code === 'string') present.add(raw.code);
  }

  for (const doc of docs) {
    if (!doc.value) continue; // its own problems are reported already
    const v = doc.value as unknown as DocValue;
    const code = v.code;
    const s: CodeState | undefined = states.get(code);
    const at = (field: string) => ({ file: doc.file, line: doc.lineOf([field]), field });
    if (!s) {
      problems.push({
        ...at('code'),
        ...say('register.codeNotInLog', { code, log: LOG_FILE }),
      });
      continue;
    }
    if (!s.issued) {
      problems.push(
        s.withdrawn
          ? {
              ...at('code'),
              ...say('register.codeWithdrawn', { code }),
            }
          : {
              ...at('code'),
              ...say('register.codeReserved', { code }),
            },
      );
      continue;
    }
    const reg = s.issued;
    if ((v.sha256 ?? null) !== reg.sha256)
      problems.push({
        ...at('sha256'),
        ...say('register.hashChanged', { code, logged: reg.sha256 ?? undefined, recorded: v.sha256 ?? undefined }),
      });
    for (const [field, logged] of [['number', reg.number], ['issued', reg.issued]] as const) {
      if (v[field] !== logged)
        problems.push({
          ...at(field),
          ...say('register.identityChanged', { field, logged, recorded: String(v[field]), code }),
        });
    }
    const same =
      v.status === s.status &&
      (v.statusDate ?? undefined) === s.statusDate &&
      (v.supersededBy ?? undefined) === s.supersededBy &&
      (v.statusReason?.vi ?? undefined) === s.statusReason?.vi;
    if (!same) {
      const field = v.status !== s.status ? 'status' : (v.statusDate ?? undefined) !== s.statusDate ? 'statusDate' : (v.supersededBy ?? undefined) !== s.supersededBy ? 'supersededBy' : 'statusReason';
      const logged = s.status === 'valid' ? 'valid' : `${s.status} ${s.statusDate}${s.supersededBy ? ` → ${s.supersededBy}` : ''} ("${s.statusReason?.vi}")`;
      const cmd = s.status === 'valid' ? statusCommand(code, v) : '';
      problems.push({
        ...at(field),
        ...(cmd ? say('register.statusEditedUseCommand', { code, cmd }) : say('register.statusEditedFinal', { code, logged, file: doc.file })),
      });
    }
  }

  for (const s of states.values()) {
    if (!s.issued || present.has(s.code)) continue;
    problems.push({
      file: LOG_FILE,
      line: seqLine.get(s.issued.seq),
      field: `${s.code} (${s.issued.number})`,
      ...say('register.recordDeleted', { code: s.code, number: s.issued.number, issued: s.issued.issued }),
    });
  }
}
