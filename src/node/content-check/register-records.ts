/**
 * The register log against the records in content/documents/: the log is replayed and every
 * record must say what the log says (its code issued, same hash, number, date and status),
 * and every issued code must still have its record. Each problem names the code and the
 * command to run instead of the hand edit.
 */
import type { Problem } from '../../lib/content-check/problems.ts';
import type { CheckedEntry } from './check.ts';
import { LOG_FILE, readLog, replayLog, type CodeState } from '../register-log.ts';

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
        en: `the code ${code} is not in the register log (${LOG_FILE}): a code is handed out only by the command, never written by hand; run npm run register -- <file.pdf> --number "…" --type … --title "…" (or --no-file "reason") to register this document`,
        vi: `mã ${code} không có trong sổ nhật ký (${LOG_FILE}): mã chỉ do lệnh cấp, không được tự viết; chạy npm run register -- <tệp.pdf> --number "…" --type … --title "…" (hoặc --no-file "lý do") để đăng ký văn bản này`,
      });
      continue;
    }
    if (!s.issued) {
      problems.push(
        s.withdrawn
          ? {
              ...at('code'),
              en: `the code ${code} was reserved and then withdrawn; it can never be used: run npm run register -- <file.pdf> … to get a new code`,
              vi: `mã ${code} đã được giữ chỗ rồi hủy; mã này không bao giờ được dùng: chạy npm run register -- <tệp.pdf> … để được cấp mã mới`,
            }
          : {
              ...at('code'),
              en: `the code ${code} is reserved for a document not yet signed; only the command may claim it: npm run register -- <signed.pdf> --code ${code} --number "…" --type … --title "…"`,
              vi: `mã ${code} đang được giữ chỗ cho một văn bản chưa ký; chỉ lệnh mới được dùng mã này: npm run register -- <tệp-đã-ký.pdf> --code ${code} --number "…" --type … --title "…"`,
            },
      );
      continue;
    }
    const reg = s.issued;
    if ((v.sha256 ?? null) !== reg.sha256)
      problems.push({
        ...at('sha256'),
        en: `the register log holds sha256 ${reg.sha256 ?? '(none)'} for ${code}, the record ${v.sha256 ?? '(none)'}: a registered file never changes; register the new file (npm run register -- <new.pdf> …) and then npm run register -- --supersede ${code} --by <NEW-CODE>`,
        vi: `sổ nhật ký ghi sha256 ${reg.sha256 ?? '(không có)'} cho mã ${code}, bản ghi ghi ${v.sha256 ?? '(không có)'}: tệp đã đăng ký không được thay đổi; hãy đăng ký tệp mới (npm run register -- <tệp-mới.pdf> …) rồi chạy npm run register -- --supersede ${code} --by <MÃ-MỚI>`,
      });
    for (const [field, logged] of [['number', reg.number], ['issued', reg.issued]] as const) {
      if (v[field] !== logged)
        problems.push({
          ...at(field),
          en: `the register log records ${field} "${logged}" for ${code}, the record "${v[field]}": the number and date registered with a code cannot change; restore "${logged}", or register the corrected document and run npm run register -- --supersede ${code} --by <NEW-CODE>`,
          vi: `sổ nhật ký ghi ${field === 'number' ? 'số' : 'ngày ban hành'} "${logged}" cho mã ${code}, bản ghi ghi "${v[field]}": số và ngày đã đăng ký với một mã không được sửa; hãy trả lại "${logged}", hoặc đăng ký văn bản đã sửa rồi chạy npm run register -- --supersede ${code} --by <MÃ-MỚI>`,
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
        en: cmd
          ? `the status of ${code} was edited by hand: the register log says "valid"; a status changes only through the command, which also writes the record: ${cmd}`
          : `the status of ${code} was edited by hand: the register log says ${logged}; a status change cannot be undone or rewritten: restore the record's status fields (git checkout ${doc.file})`,
        vi: cmd
          ? `trạng thái của mã ${code} đã bị sửa tay: sổ nhật ký ghi "valid" (còn hiệu lực); trạng thái chỉ được đổi bằng lệnh (lệnh cũng tự sửa bản ghi): ${cmd}`
          : `trạng thái của mã ${code} đã bị sửa tay: sổ nhật ký ghi ${logged}; việc đổi trạng thái không thể hủy hay viết lại: hãy khôi phục các trường trạng thái của bản ghi (git checkout ${doc.file})`,
      });
    }
  }

  for (const s of states.values()) {
    if (!s.issued || present.has(s.code)) continue;
    problems.push({
      file: LOG_FILE,
      line: seqLine.get(s.issued.seq),
      field: `${s.code} (${s.issued.number})`,
      en: `the record of ${s.code} (number ${s.issued.number}, issued ${s.issued.issued}) was deleted; a registered document never leaves the register (its QR codes are printed): restore the record (git checkout content/documents/), and to withdraw the document run npm run register -- --revoke ${s.code} --reason "…"`,
      vi: `bản ghi của mã ${s.code} (số ${s.issued.number}, ngày ${s.issued.issued}) đã bị xóa; văn bản đã đăng ký không bao giờ rời sổ (mã QR đã được in): hãy khôi phục bản ghi (git checkout content/documents/), và muốn thu hồi văn bản thì chạy npm run register -- --revoke ${s.code} --reason "…"`,
    });
  }
}
