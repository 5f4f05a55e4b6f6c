/**
 * The ledger of verification codes: every code ever handed out, one line each, kept in
 * content/documents/issued-codes.txt. Records can be deleted; ledger lines are not, so a
 * code is never given to a second document (a printed QR code lives for years).
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LEDGER_FILE = 'documents/issued-codes.txt';

export interface LedgerLine {
  code: string;
  /** Day the code was handed out. */
  date: string;
  /** Record id the code belongs to, or "reserved" while the document is being prepared. */
  id: string;
  sha256?: string;
}

const LEDGER_HEADER = `# Every verification code ever issued, one per line: code, date, record id (or "reserved"), SHA-256.
# Written by "npm run register"; never delete a line: a code must not be given to a second document.
`;

export function readLedger(root: string): LedgerLine[] {
  const path = join(root, LEDGER_FILE);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [code = '', date = '', id = '', sha = '-'] = l.split(/\s+/);
      return { code, date, id, sha256: sha === '-' ? undefined : sha };
    });
}

export function appendLedger(root: string, lines: LedgerLine[]): void {
  if (lines.length === 0) return;
  const path = join(root, LEDGER_FILE);
  mkdirSync(join(root, 'documents'), { recursive: true });
  if (!existsSync(path)) writeFileSync(path, LEDGER_HEADER);
  appendFileSync(path, lines.map((l) => `${l.code}\t${l.date}\t${l.id}\t${l.sha256 ?? '-'}\n`).join(''));
}

/** Record ids each code was issued to ("reserved" lines left out). */
export function codeOwners(lines: readonly LedgerLine[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const l of lines) {
    if (l.id === 'reserved') continue;
    const set = owners.get(l.code) ?? new Set<string>();
    set.add(l.id);
    owners.set(l.code, set);
  }
  return owners;
}
