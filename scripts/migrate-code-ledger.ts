/**
 * One-time migration of a content folder from the old code ledger
 * (documents/issued-codes.txt: code, date, record id or "reserved", SHA-256) to the
 * hash-chained register log (documents/register-log.jsonl):
 *
 *   node scripts/migrate-code-ledger.ts        (CONTENT_DIR for another folder)
 *
 * Each ledger line becomes an event, in ledger order: a "reserved" line a `reserved` event,
 * a record line an `issued` event with the record's hash, number and date of issue. Records
 * that never had a ledger line (written by hand before the ledger) follow, by code. The
 * ledger kept days, not times, so a migrated event's `at` is midnight UTC of its ledger day
 * (of its date of issue for a record without a line): deterministic, so migrating the same
 * folder twice gives the same log, byte for byte. Status changes are not migrated: run
 * `npm run register -- --revoke/--supersede/--expire` for each record whose status is not
 * "valid" (the check says which). The ledger file is removed.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../src/node/content-root.ts';
import { readRecords } from '../src/node/register.ts';
import { LOG_FILE, chainEvents, type RegisterEvent } from '../src/node/register-log.ts';

const LEDGER = 'documents/issued-codes.txt';
const root = contentRoot();
if (existsSync(join(root, LOG_FILE))) {
  console.error(`✗ ${LOG_FILE} đã tồn tại / already exists: nothing to migrate`);
  process.exit(1);
}
const ledgerPath = join(root, LEDGER);
const lines = existsSync(ledgerPath)
  ? readFileSync(ledgerPath, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => {
        const [code = '', date = '', id = ''] = l.split(/\s+/);
        return { code, date, id };
      })
  : [];
const records = readRecords(root);
const byId = new Map(records.map((r) => [r.id, r]));
let log: RegisterEvent[] = [];
const issued = new Set<string>();
const push = (body: Parameters<typeof chainEvents>[1][number], at: string) => {
  log = [...log, ...chainEvents(log, [body], at)];
};

for (const l of lines) {
  const at = `${l.date}T00:00:00Z`;
  if (l.id === 'reserved') {
    push({ code: l.code, event: 'reserved' }, at);
    continue;
  }
  const r = byId.get(l.id);
  if (!r || r.code !== l.code) {
    console.error(`✗ ${LEDGER}: ${l.code} ${l.id}: không có bản ghi documents/${l.id}.yaml mang mã này / no record documents/${l.id}.yaml with this code`);
    process.exit(1);
  }
  push({ code: l.code, event: 'issued', sha256: r.sha256 ?? null, number: String(r.number), issued: String(r.issued) }, at);
  issued.add(l.code);
}
for (const r of [...records].sort((a, b) => String(a.code).localeCompare(String(b.code)))) {
  if (!r.code || issued.has(r.code)) continue;
  push({ code: r.code, event: 'issued', sha256: r.sha256 ?? null, number: String(r.number), issued: String(r.issued) }, `${r.issued}T00:00:00Z`);
}

writeFileSync(join(root, LOG_FILE), log.map((e) => `${JSON.stringify(e)}\n`).join(''));
rmSync(ledgerPath, { force: true });
console.log(`✓ ${log.length} sự kiện / events → ${join(root, LOG_FILE)}`);
